using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Documents.Files;

/// <summary>Refuses to start with a Documents:S3 section the S3 blob store could not work with, naming the setting.</summary>
public sealed partial class BlobStoreOptionsValidation : IValidateOptions<DocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        if (!Enum.IsDefined(options.BlobStore))
        {
            return ValidateOptionsResult.Fail("Documents:BlobStore must be Directory or S3.");
        }
        if (options.BlobStore != BlobStoreKind.S3)
        {
            return ValidateOptionsResult.Success;
        }
        var s3 = options.S3;
        List<string> failures = [];
        if (!string.IsNullOrEmpty(s3.ServiceUrl)
            && (!Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"Documents:S3:ServiceUrl '{s3.ServiceUrl}' is not an absolute http(s) URL.");
        }
        if (!BucketName().IsMatch(s3.Bucket))
        {
            failures.Add($"Documents:S3:Bucket '{s3.Bucket}' is not a bucket name (3-63 lower-case letters, digits, '.' and '-').");
        }
        if (string.IsNullOrWhiteSpace(s3.Region))
        {
            failures.Add("Documents:S3:Region is required (the signing region, e.g. us-east-1).");
        }
        if (string.IsNullOrEmpty(s3.AccessKey) != string.IsNullOrEmpty(s3.SecretKey))
        {
            failures.Add("Documents:S3:AccessKey and Documents:S3:SecretKey go together: set both, or neither to use the AWS SDK's credential chain.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();
}
