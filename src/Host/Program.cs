using DNArch.Host;

return await DnarchProgram.RunAsync(args);
