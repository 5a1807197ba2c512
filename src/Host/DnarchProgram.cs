using DNArch.Abstractions.Configuration;
using DNArch.Engine;
using DNArch.Engine.Configuration;
using DNArch.Engine.Runs;
using DNArch.Host.Commands;
using DNArch.Host.Hosting;
using DNArch.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace DNArch.Host;

/// <summary>The composition root of <c>dnarch</c>: configuration, plugin discovery, DI, and exit codes.</summary>
public static class DnarchProgram
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int Interrupted = 130;

    public static async Task<int> RunAsync(string[] args, string? programDirectory = null)
    {
        try
        {
            var commandLine = CommandLine.Parse(args);
            if (commandLine.Informational is { } help) return await help.InvokeAsync();
            using var host = Build(commandLine, programDirectory ?? AppContext.BaseDirectory);
            await host.StartAsync();
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            if (EarlySignals.Received) lifetime.StopApplication();
            EarlySignals.Release();
            var command = host.Services.GetRequiredKeyedService<ICommand>(commandLine.Verb);
            var code = await command.RunAsync(commandLine, lifetime.ApplicationStopping);
            await host.StopAsync();
            return code;
        }
        catch (InvalidInputException e)
        {
            return Report(e.Message, InvalidInput);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            return Report($"{e.OptionsName}: {string.Join("; ", e.Failures)}", InvalidInput);
        }
        catch (RunInterruptedException e)
        {
            return Report(e.Message, Interrupted);
        }
        catch (OperationCanceledException)
        {
            return Report("interrupted before training started; nothing to resume.", Interrupted);
        }
        catch (NativeRuntimeException e)
        {
            return Report(e.Message, Failure);
        }
        catch (RunFailedException e)
        {
            return Report(e.Message, Failure);
        }
        catch (Exception e)
        {
            // DNARCH_STACKTRACE=1 shows where an unexpected failure came from, for bug reports.
            var detail = Environment.GetEnvironmentVariable("DNARCH_STACKTRACE") == "1" ? e.ToString() : FailureMessage.Describe(e);
            return Report(detail, Failure);
        }
    }

    static int Report(string message, int code)
    {
        Console.Error.WriteLine($"dnarch: {message}");
        return code;
    }

    static IHost Build(CommandLine commandLine, string programDirectory)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = programDirectory,
            ApplicationName = "dnarch",
        });
        var configuration = new ConfigurationBuilder().AddDnarchSources(commandLine, programDirectory).BuildChecked().CheckLogLevels();
        ConfigurationModel.Check(configuration);
        builder.Configuration.AddConfiguration(configuration);

        ConfigureLogging(builder.Logging, configuration);

        using var loggers = LoggerFactory.Create(b => ConfigureLogging(b, configuration));
        loggers.CreateLogger(typeof(JemallocPreload)).LogInformation("{Allocator}", JemallocPreload.Describe());
        loggers.CreateLogger(typeof(OpenMpWaitPolicy)).LogInformation("{WaitPolicy}", OpenMpWaitPolicy.Describe());
        var plugins = DiscoverPlugins(configuration, commandLine, programDirectory, loggers);
        builder.Services.AddDnarchPlugins(plugins);
        builder.Services.AddDnarchEngine();
        builder.Services.AddDnarchCommands();
        return builder.Build();
    }

    // Log lines go to stderr, so that stdout carries only what a command prints (tables, JSON).
    static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection(ConfigurationKeys.Logging));
        logging.AddSimpleConsole(o => o.SingleLine = true);
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    static IReadOnlyList<DiscoveredPlugin> DiscoverPlugins(IConfiguration configuration, CommandLine commandLine, string programDirectory, ILoggerFactory loggers) =>
        new PluginDiscovery(loggers.CreateLogger<PluginDiscovery>()).Discover(PluginFolders.Of(configuration, commandLine, programDirectory));
}
