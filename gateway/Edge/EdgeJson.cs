using System.Text.Json;
using System.Text.Json.Serialization;
using Ledningssystem.Gateway.Health;

namespace Ledningssystem.Gateway.Edge;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ConnectError))]
[JsonSerializable(typeof(BackendHealthReport))]
[JsonSerializable(typeof(WebAppConfig))]
internal sealed partial class EdgeJson : JsonSerializerContext;
