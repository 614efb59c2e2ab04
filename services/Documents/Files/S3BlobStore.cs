using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Documents.Files;

/// <summary>Files as objects in an S3-compatible bucket (Documents:S3), under the same keys as the local store.</summary>
public sealed class S3BlobStore : IBlobStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;
    private readonly bool chunkedUploads;

    public S3BlobStore(IOptions<DocumentsOptions> options)
    {
        var s3 = options.Value.S3;
        bucket = s3.Bucket;
        chunkedUploads = s3.ChunkedUploads;
        var config = new AmazonS3Config { ForcePathStyle = s3.ForcePathStyle, AuthenticationRegion = s3.Region };
        if (string.IsNullOrEmpty(s3.ServiceUrl))
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(s3.Region);
        }
        else
        {
            config.ServiceURL = s3.ServiceUrl;
        }
        if (s3.ChecksumsOnlyWhenRequired)
        {
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        client = string.IsNullOrEmpty(s3.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), config);
    }

    /// <summary>Sends <paramref name="content"/> from its current position as one PUT; the SDK reads it as it sends.</summary>
    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken) =>
        await client.PutObjectAsync(
            new PutObjectRequest
            {
                BucketName = bucket,
                Key = BlobKeys.Checked(key),
                InputStream = content,
                AutoCloseStream = false,
                UseChunkEncoding = chunkedUploads,
            },
            cancellationToken);

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.GetObjectAsync(bucket, BlobKeys.Checked(key), cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new FileNotFoundException($"No object '{key}' in bucket '{bucket}'.", key, e);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await client.DeleteObjectAsync(bucket, BlobKeys.Checked(key), cancellationToken);

    public void Dispose() => client.Dispose();
}
