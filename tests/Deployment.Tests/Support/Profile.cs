namespace Ledningssystem.Deployment.Tests.Support;

/// <summary>A way an operator installs the chart: the values files and settings given to helm.</summary>
public sealed record Profile(string Name, string[] Arguments, bool Sqlite = false, string PubSub = "kafka", bool WithDemoRealm = false)
{
    private static string Values(string file) => Path.Combine(Helm.ChartDirectory, file);

    public static readonly Profile Default = new("default", []);
    public static readonly Profile Evaluation = new("evaluation", ["-f", Values("values-evaluation.yaml")], Sqlite: true, PubSub: "redis");
    public static readonly Profile RabbitMq = new("rabbitmq", ["--set", "pubsub.type=rabbitmq"], PubSub: "rabbitmq");
    public static readonly Profile Redis = new("redis", ["--set", "pubsub.type=redis"], PubSub: "redis");
    public static readonly Profile KafkaSasl = new("kafka-sasl", ["--set", "pubsub.kafka.authType=password", "--set", "pubsub.kafka.secretName=kafka-users"]);
    public static readonly Profile Demo = new("demo", ["-f", Values("values-demo.yaml")], WithDemoRealm: true);
    public static readonly Profile EvaluationDemo = new(
        "evaluation-demo", ["-f", Values("values-evaluation.yaml"), "-f", Values("values-demo.yaml")], Sqlite: true, PubSub: "redis", WithDemoRealm: true);

    public static readonly IReadOnlyList<Profile> All = [Default, Evaluation, RabbitMq, Redis, KafkaSasl, Demo, EvaluationDemo];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static Profile Named(string name) => All.Single(p => p.Name == name);
}
