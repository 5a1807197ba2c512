using DNArch.Host;
using DNArch.Host.Hosting;

MallocArenas.Limit(2);
return await DnarchProgram.RunAsync(args);
