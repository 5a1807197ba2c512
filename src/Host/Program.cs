using DNArch.Host;
using DNArch.Host.Hosting;

JemallocPreload.Apply();
EarlySignals.Catch();
MallocArenas.Limit(2);
return await DnarchProgram.RunAsync(args);
