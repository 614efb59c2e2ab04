namespace Ledningssystem.Rpc;

/// <summary>RPC settings shared by every service, bound from the "Rpc" configuration section.</summary>
public sealed class RpcOptions
{
    public const string SectionName = "Rpc";

    /// <summary>Largest request or response message, in bytes; larger ones end with RESOURCE_EXHAUSTED.</summary>
    public int MaxMessageSizeBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// Compression for responses ("gzip"), used when the caller's grpc-accept-encoding allows it; null sends
    /// responses uncompressed (the default: most replies are small and service-to-service traffic is local).
    /// </summary>
    public string? ResponseCompression { get; set; }

    /// <summary>Address the endpoints bind to: loopback on one machine, "0.0.0.0" in a container.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>HTTP/2-only port for gRPC clients (h2c, or TLS where Kestrel has a certificate). 0 picks a free port.</summary>
    public int GrpcPort { get; set; } = 5000;

    /// <summary>
    /// PKCS#12 certificate file for TLS on the gRPC endpoint (HTTP/2 negotiated by ALPN); empty serves h2c,
    /// as inside a cluster behind the gateway or on one machine.
    /// </summary>
    public string? TlsCertificatePath { get; set; }

    public string? TlsCertificatePassword { get; set; }

    /// <summary>HTTP/1.1 port for browsers (gRPC-Web, Connect), Dapr callbacks and /healthz. 0 picks a free port.</summary>
    public int WebPort { get; set; } = 5001;

    /// <summary>Browser origins allowed by CORS on the web endpoint; empty means same-origin only.</summary>
    public IList<string> CorsAllowedOrigins { get; } = [];
}
