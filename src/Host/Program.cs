using DNArch.Host;
using DNArch.Host.Hosting;

JemallocPreload.Apply();
OpenMpWaitPolicy.Apply();
EarlySignals.Catch();
MallocArenas.Limit(2);
return await DnarchProgram.RunAsync(args);
