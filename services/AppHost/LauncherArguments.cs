namespace Ledningssystem.AppHost;

/// <summary>
/// The launcher's command line: its own options, translated to configuration keys, and any
/// <c>--Section:Key=value</c> setting passed through as configuration.
/// </summary>
internal sealed class LauncherArguments
{
    public const string Help = """
        Startar Ledningssystem på den här datorn: bygger, startar tokenutfärdaren, tjänsterna och gatewayen,
        och skriver ut adresser och ett anrop att prova när allt svarar. Ctrl-C stoppar allt.

        Användning: dotnet run --project services/AppHost [-- flaggor]

          --port-offset N     lägger N till varje port (standard 0: gatewayen på 8080 och 8081)
          --data-dir KATALOG  var databaserna och nycklarna ligger (standard .data i repositoriet)
          --fresh             tar bort datakatalogen först: tom demodata, som efter en ny klon
          --backup KATALOG    säkerhetskopierar datakatalogen medan plattformen körs, till KATALOG, och avslutar
          --restore KATALOG   återställer en säkerhetskopia till datakatalogen (som måste vara tom, eller
                              ersätts med --fresh när plattformen inte körs) och avslutar
          --dead-letters TJÄNST
                              listar tjänstens dödbrev (händelser den inte kunde tillämpa) i den plattform som
                              körs, och avslutar; med --topic, --type eller --tenant bara de som matchar
          --replay ID|all     med --dead-letters: spelar upp ett dödbrev, eller alla som matchar, genom
                              tjänstens hanterare när orsaken är åtgärdad
          --Sektion:Nyckel=V  vilken inställning som helst ur services/AppHost/appsettings.json,
                              t.ex. --Platform:ReadyTimeout=00:02:00
          -h, --help          visar den här texten
        """;

    private static readonly Dictionary<string, string> ValueOptions = new(StringComparer.Ordinal)
    {
        ["--port-offset"] = "Platform:PortOffset",
        ["--data-dir"] = "Platform:DataDirectory",
    };

    public bool ShowHelp { get; private init; }

    public bool Fresh { get; private init; }

    /// <summary>Where to write a backup of the data directory instead of starting the platform.</summary>
    public string? BackupTo { get; private init; }

    /// <summary>The backup to restore into the data directory instead of starting the platform.</summary>
    public string? RestoreFrom { get; private init; }

    /// <summary>The dead letters to list or replay instead of starting the platform.</summary>
    public DeadLetterRequest? DeadLetters { get; private init; }

    /// <summary>Everything else, in the form the configuration's command-line provider reads.</summary>
    public IReadOnlyList<string> Settings { get; private init; } = [];

    /// <summary>The arguments, or the Swedish reason they cannot be understood.</summary>
    public static (LauncherArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        bool help = false, fresh = false;
        string? backupTo = null, restoreFrom = null, deadLettersOf = null, replay = null;
        var filter = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            switch (name)
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--fresh" when value is null:
                    fresh = true;
                    break;
                case "--backup" or "--restore":
                    value ??= i + 1 < args.Count ? args[++i] : null;
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return (null, $"{name} behöver en katalog. Se --help.");
                    }
                    (backupTo, restoreFrom) = name == "--backup" ? (value, restoreFrom) : (backupTo, value);
                    break;
                case "--dead-letters" or "--replay" or "--topic" or "--type" or "--tenant":
                    value ??= i + 1 < args.Count ? args[++i] : null;
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return (null, $"{name} behöver ett värde. Se --help.");
                    }
                    if (name == "--dead-letters")
                    {
                        deadLettersOf = value;
                    }
                    else if (name == "--replay")
                    {
                        replay = value;
                    }
                    else
                    {
                        filter.Add($"{name[2..]}={Uri.EscapeDataString(value)}");
                    }
                    break;
                case var option when ValueOptions.TryGetValue(option, out var key):
                    value ??= i + 1 < args.Count ? args[++i] : null;
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return (null, $"{option} behöver ett värde. Se --help.");
                    }
                    settings.Add($"--{key}={value}");
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains(':', StringComparison.Ordinal) && value is not null:
                    settings.Add(args[i]);
                    break;
                default:
                    return (null, $"Okänd flagga: {args[i]}. Se --help för de flaggor som finns.");
            }
        }
        if (backupTo is not null && restoreFrom is not null)
        {
            return (null, "Välj antingen --backup eller --restore.");
        }
        if (deadLettersOf is null && (replay is not null || filter.Count > 0))
        {
            return (null, "--replay, --topic, --type och --tenant hör till --dead-letters TJÄNST. Se --help.");
        }
        var deadLetters = deadLettersOf is null ? null : new DeadLetterRequest(deadLettersOf, replay, string.Join('&', filter));
        return (new LauncherArguments
        {
            ShowHelp = help, Fresh = fresh, BackupTo = backupTo, RestoreFrom = restoreFrom, DeadLetters = deadLetters, Settings = settings,
        }, null);
    }
}
