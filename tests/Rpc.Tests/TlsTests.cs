using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Tests.Server;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Rpc.Tests;

public sealed class TlsTests
{
    [Fact]
    public async Task Grpc_endpoint_serves_http2_over_tls_when_a_certificate_is_configured()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var alternativeNames = new SubjectAlternativeNameBuilder();
        alternativeNames.AddDnsName("localhost");
        request.CertificateExtensions.Add(alternativeNames.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var pfx = Path.Combine(Path.GetTempPath(), $"rpc-tls-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "hemligt"));
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rpc:GrpcPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rpc:TlsCertificatePath"] = pfx,
            ["Rpc:TlsCertificatePassword"] = "hemligt",
        });
        builder.AddLedningssystemRpc();
        builder.Services.AddSingleton(new ProbeObservations());
        await using var app = builder.Build();
        app.UseLedningssystemRpc();
        app.MapGrpcService<ProbeApi>();
        await app.StartAsync();
        try
        {
            var handler = new SocketsHttpHandler
            {
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString(),
                },
            };
            using var channel = GrpcChannel.ForAddress($"https://localhost:{ports[0]}", new GrpcChannelOptions { HttpHandler = handler });

            var reply = await new ProbeService.ProbeServiceClient(channel).RegisterAsync(new RegisterRequest { Name = "TLS", UnitId = "u-1" });

            Assert.Equal("Välkommen, TLS!", reply.Greeting);
        }
        finally
        {
            await app.StopAsync();
            File.Delete(pfx);
        }
    }
}
