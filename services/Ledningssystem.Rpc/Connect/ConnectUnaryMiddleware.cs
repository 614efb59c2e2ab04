using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Rpc.Connect;

/// <summary>
/// Serves the Connect protocol's unary calls (<c>POST /pkg.Service/Method</c> with <c>application/json</c>
/// or <c>application/proto</c>) from the same gRPC service implementation. The request is translated into
/// a gRPC-Web call that the rest of the pipeline (gRPC-Web middleware, interceptors, handler) serves
/// unchanged; the buffered gRPC-Web answer is translated back into a Connect response or error JSON.
/// Runs after routing (to know the method) and before gRPC-Web.
/// </summary>
internal sealed partial class ConnectUnaryMiddleware(RequestDelegate next, IOptions<RpcOptions> options, ILogger<ConnectUnaryMiddleware> logger)
{
    private static readonly ConcurrentDictionary<Type, MessageDescriptor> Descriptors = new();
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));
    private static readonly JsonFormatter DetailFormatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(
        TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor)));

    public async Task InvokeAsync(HttpContext context)
    {
        var codec = ConnectCodec.Of(context.Request.ContentType);
        if (codec is null || !HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        var endpoint = context.GetEndpoint();
        var grpcMethod = endpoint?.Metadata.GetMetadata<GrpcMethodMetadata>();
        if (grpcMethod is null)
        {
            if (endpoint is null || IsUnimplementedGrpcEndpoint(endpoint))
            {
                await WriteErrorAsync(context, StatusCode.Unimplemented, $"Metoden {context.Request.Path} finns inte.", null, HttpStatusOverride: 404);
            }
            else
            {
                await next(context); // the service's own JSON route, not an RPC
            }
            return;
        }
        if (grpcMethod.Method.Type != MethodType.Unary)
        {
            await WriteErrorAsync(context, StatusCode.Unimplemented, "Connect stöds bara för unära anrop; använd gRPC eller gRPC-Web för strömmar.", null);
            return;
        }

        var (requestDescriptor, responseDescriptor) = DescriptorsOf(grpcMethod.Method);
        byte[] requestBytes;
        try
        {
            requestBytes = await ReadRequestAsync(context, codec.Value, requestDescriptor);
        }
        catch (ConnectRequestException rejected)
        {
            await WriteErrorAsync(context, rejected.Code, rejected.Message, null);
            return;
        }

        if (!TranslateTimeout(context.Request.Headers))
        {
            await WriteErrorAsync(context, StatusCode.InvalidArgument, "Ogiltigt värde i connect-timeout-ms.", null);
            return;
        }

        var originalBody = context.Features.Get<IHttpResponseBodyFeature>()!;
        var originalResponse = context.Features.Get<IHttpResponseFeature>()!;
        using var captured = new BufferedResponse(originalResponse);
        context.Request.Body = new MemoryStream(Frame(requestBytes));
        context.Request.ContentType = "application/grpc-web+proto";
        context.Request.ContentLength = null;
        context.Request.Headers.Remove(RpcHeaders.GrpcAcceptEncoding);
        context.Request.Headers.ContentEncoding = default;
        context.Features.Set<IHttpResponseBodyFeature>(captured);
        context.Features.Set<IHttpResponseFeature>(captured);
        try
        {
            await next(context);
            await captured.CompleteAsync();
        }
        finally
        {
            context.Features.Set(originalBody);
            context.Features.Set(originalResponse);
        }

        var response = GrpcWebResponse.Parse(captured.Content, context.Response.Headers);
        StripGrpcHeaders(context.Response.Headers);
        foreach (var (key, value) in response.Trailers)
        {
            context.Response.Headers.Append("trailer-" + key, value);
        }

        if (response.Status != StatusCode.OK)
        {
            await WriteErrorAsync(context, response.Status, response.StatusMessage, response.StatusDetails);
            return;
        }
        if (response.Message is null)
        {
            LogMissingMessage(logger, context.Request.Path);
            await WriteErrorAsync(context, StatusCode.Internal, "Svaret saknade meddelande.", null);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = codec.Value.ContentType;
        if (codec.Value.IsJson)
        {
            var message = responseDescriptor.Parser.ParseFrom(response.Message);
            var json = Encoding.UTF8.GetBytes(Formatter.Format(message));
            context.Response.ContentLength = json.Length;
            await context.Response.Body.WriteAsync(json, context.RequestAborted);
        }
        else
        {
            context.Response.ContentLength = response.Message.Length;
            await context.Response.Body.WriteAsync(response.Message, context.RequestAborted);
        }
    }

    private async Task<byte[]> ReadRequestAsync(HttpContext context, ConnectCodec codec, MessageDescriptor descriptor)
    {
        var limit = options.Value.MaxMessageSizeBytes;
        var encoding = context.Request.Headers.ContentEncoding.ToString();
        Stream body = encoding switch
        {
            "" or "identity" => context.Request.Body,
            "gzip" => new GZipStream(context.Request.Body, CompressionMode.Decompress, leaveOpen: true),
            _ => throw new ConnectRequestException(StatusCode.Unimplemented, $"Komprimeringen '{encoding}' stöds inte; använd gzip eller identity."),
        };
        await using (body)
        {
            var bytes = await ReadLimitedAsync(body, limit, context.RequestAborted);
            if (!codec.IsJson)
            {
                return bytes;
            }
            try
            {
                var message = Parser.Parse(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), descriptor);
                return message.ToByteArray();
            }
            catch (Exception e) when (e is InvalidJsonException or InvalidProtocolBufferException or FormatException or JsonException)
            {
                throw new ConnectRequestException(StatusCode.InvalidArgument, "Begärans JSON kunde inte tolkas: " + e.Message);
            }
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new ConnectRequestException(StatusCode.ResourceExhausted, $"Meddelandet är större än gränsen {limit} byte.");
            }
            copy.Write(chunk, 0, read);
        }
        return copy.ToArray();
    }

    /// <summary>Connect's timeout in milliseconds becomes gRPC's grpc-timeout, so the usual deadline handling applies.</summary>
    private static bool TranslateTimeout(IHeaderDictionary headers)
    {
        if (!headers.TryGetValue(RpcHeaders.ConnectTimeout, out var value))
        {
            return true;
        }
        var text = value.ToString();
        if (text.Length is 0 or > 10 || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return false;
        }
        headers[RpcHeaders.GrpcTimeout] = milliseconds.ToString(CultureInfo.InvariantCulture) + "m";
        return true;
    }

    private static byte[] Frame(byte[] message)
    {
        var framed = new byte[message.Length + 5];
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1, 4), (uint)message.Length);
        message.CopyTo(framed, 5);
        return framed;
    }

    private static void StripGrpcHeaders(IHeaderDictionary headers)
    {
        foreach (var key in headers.Keys.Where(k => k.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            headers.Remove(key);
        }
        headers.ContentType = default;
        headers.ContentLength = null;
    }

    private static async Task WriteErrorAsync(HttpContext context, StatusCode code, string message, byte[]? statusDetails, int? HttpStatusOverride = null)
    {
        context.Response.StatusCode = HttpStatusOverride ?? ConnectCodes.HttpStatus(code);
        context.Response.ContentType = "application/json";
        using var stream = new MemoryStream();
        await using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("code", ConnectCodes.Name(code));
            if (message.Length > 0)
            {
                json.WriteString("message", message);
            }
            var details = statusDetails is null ? null : Google.Rpc.Status.Parser.ParseFrom(statusDetails).Details;
            if (details is { Count: > 0 })
            {
                json.WriteStartArray("details");
                foreach (var detail in details)
                {
                    json.WriteStartObject();
                    json.WriteString("type", detail.TypeUrl[(detail.TypeUrl.LastIndexOf('/') + 1)..]);
                    json.WriteString("value", Convert.ToBase64String(detail.Value.Span).TrimEnd('='));
                    if (TryFormatDetail(detail) is { } debug)
                    {
                        json.WritePropertyName("debug");
                        json.WriteRawValue(debug);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        context.Response.ContentLength = stream.Length;
        await context.Response.Body.WriteAsync(stream.GetBuffer().AsMemory(0, (int)stream.Length), context.RequestAborted);
    }

    private static string? TryFormatDetail(Google.Protobuf.WellKnownTypes.Any detail)
    {
        try
        {
            var json = DetailFormatter.Format(detail);
            using var document = JsonDocument.Parse(json);
            var fields = document.RootElement.EnumerateObject().Where(p => p.Name != "@type").ToList();
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    field.WriteTo(writer);
                }
                writer.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        catch (InvalidOperationException)
        {
            return null; // a detail type outside google.rpc's error details: the binary value is enough
        }
    }

    /// <summary>grpc-dotnet's catch-all endpoints for unknown methods of mapped services and for unknown services.</summary>
    private static bool IsUnimplementedGrpcEndpoint(Endpoint endpoint) =>
        endpoint.DisplayName?.StartsWith("gRPC - Unimplemented", StringComparison.Ordinal) == true;

    private static (MessageDescriptor Request, MessageDescriptor Response) DescriptorsOf(IMethod method)
    {
        var arguments = method.GetType().GetGenericArguments();
        return (Descriptor(arguments[0]), Descriptor(arguments[1]));

        static MessageDescriptor Descriptor(Type type) => Descriptors.GetOrAdd(type, t =>
            (MessageDescriptor)t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "gRPC-Web response to Connect call {Path} had OK status but no message")]
    private static partial void LogMissingMessage(ILogger logger, PathString path);

    private sealed class ConnectRequestException(StatusCode code, string message) : Exception(message)
    {
        public StatusCode Code { get; } = code;
    }
}

/// <summary>The Connect unary codecs this server speaks.</summary>
internal readonly record struct ConnectCodec(string ContentType, bool IsJson)
{
    public static ConnectCodec? Of(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "application/json" => new ConnectCodec("application/json", true),
            "application/proto" => new ConnectCodec("application/proto", false),
            _ => null,
        };
    }
}
