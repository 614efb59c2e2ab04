using System.Buffers.Binary;
using System.Text;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Ledningssystem.Rpc.Connect;

/// <summary>A buffered gRPC-Web response, taken apart: the message bytes and the call's status and trailers.</summary>
internal sealed class GrpcWebResponse
{
    public byte[]? Message { get; private set; }

    public StatusCode Status { get; private set; } = StatusCode.Unknown;

    public string StatusMessage { get; private set; } = "";

    public byte[]? StatusDetails { get; private set; }

    public List<KeyValuePair<string, string>> Trailers { get; } = [];

    /// <summary>Reads data frames (flag 0x00) and the trailer frame (flag 0x80); a Trailers-Only response keeps its status in the headers.</summary>
    public static GrpcWebResponse Parse(ReadOnlySpan<byte> body, IHeaderDictionary headers)
    {
        var response = new GrpcWebResponse();
        while (body.Length >= 5)
        {
            var flags = body[0];
            var length = BinaryPrimitives.ReadUInt32BigEndian(body[1..5]);
            if (length > (uint)(body.Length - 5))
            {
                break;
            }
            var payload = body.Slice(5, (int)length);
            if ((flags & 0x80) != 0)
            {
                response.ReadTrailers(Encoding.ASCII.GetString(payload));
            }
            else
            {
                response.Message ??= payload.ToArray();
            }
            body = body[(5 + (int)length)..];
        }
        foreach (var key in new[] { RpcHeaders.GrpcStatus, RpcHeaders.GrpcMessage, RpcHeaders.GrpcStatusDetails })
        {
            if (headers.TryGetValue(key, out var value))
            {
                response.Add(key, value.ToString());
            }
        }
        return response;
    }

    private void ReadTrailers(string block)
    {
        foreach (var line in block.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                Add(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            }
        }
    }

    private void Add(string key, string value)
    {
        switch (key)
        {
            case RpcHeaders.GrpcStatus:
                Status = int.TryParse(value, out var code) ? (StatusCode)code : StatusCode.Unknown;
                break;
            case RpcHeaders.GrpcMessage:
                StatusMessage = Uri.UnescapeDataString(value);
                break;
            case RpcHeaders.GrpcStatusDetails:
                StatusDetails = Convert.FromBase64String(PadBase64(value));
                break;
            default:
                if (!key.StartsWith("grpc-", StringComparison.Ordinal))
                {
                    Trailers.Add(new(key, value));
                }
                break;
        }
    }

    private static string PadBase64(string value) => (value.Length % 4) switch
    {
        2 => value + "==",
        3 => value + "=",
        _ => value,
    };
}
