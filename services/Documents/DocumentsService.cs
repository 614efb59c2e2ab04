using Grpc.AspNetCore.Server;
using Ledningssystem.Documents.Api;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Events;
using Ledningssystem.Documents.Files;
using Ledningssystem.Documents.Jobs;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Documents;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class DocumentsService
{
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocumentsOptions>()
            .BindConfiguration(DocumentsOptions.SectionName)
            .PostConfigure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
                options.BlobDirectory = Path.GetFullPath(options.BlobDirectory, configuration["Platform:DataDirectory"] ?? environment.ContentRootPath))
            .Validate(o => o.MaxUploadBytes > 0 && o.ReviewScanInterval > TimeSpan.Zero && o.ReviewNoticeDaysAhead >= 0,
                "Documents:MaxUploadBytes and Documents:ReviewScanInterval must be positive, Documents:ReviewNoticeDaysAhead not negative.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentsOptions>, BlobStoreOptionsValidation>();
        services.AddAccessDirectory<DocumentsDb>();
        services.AddOrganizationDirectory<DocumentsDb>();
        services.AddScoped<DocumentAccess>();
        services.AddScoped<SharedDocuments>();
        services.AddScoped<AdopterNotices>();
        services.AddSingleton<IBlobStore>(provider =>
            provider.GetRequiredService<IOptions<DocumentsOptions>>().Value.BlobStore == BlobStoreKind.S3
                ? ActivatorUtilities.CreateInstance<S3BlobStore>(provider)
                : ActivatorUtilities.CreateInstance<LocalDirectoryBlobStore>(provider));
        services.AddHostedService<ReviewDueJob>();
        services.AddRequestValidators(typeof(DocumentsService).Assembly);
        services.AddSingleton<DocumentErrorsInterceptor>();
        services.AddOptions<GrpcServiceOptions>().Configure(grpc =>
        {
            grpc.Interceptors.Add<DocumentErrorsInterceptor>();
            // An upload chunk (1 MiB) plus its framing.
            grpc.MaxReceiveMessageSize = FilesApi.MaxChunkBytes + (64 * 1024);
        });
        return builder;
    }

    public static WebApplication MapDocuments(this WebApplication app)
    {
        app.MapGrpcService<DocumentsApi>();
        app.MapGrpcService<FilesApi>();
        app.MapGrpcService<AcknowledgementsApi>();
        app.MapGrpcService<SharingApi>();
        return app;
    }
}
