using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;

namespace Ledningssystem.Reporting.Files;

/// <summary>A file as a server stream: chunks well under the platform's 4 MiB message limit (Rpc:MaxMessageSizeBytes), the name and type in the first.</summary>
public static class FileChunks
{
    public const int ChunkBytes = 1024 * 1024;

    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Csv = "text/csv; charset=utf-8";

    /// <summary>Writes <paramref name="content"/> to <paramref name="stream"/>, each chunk in the RPC's own response message.</summary>
    public static async Task WriteAsync<TResponse>(
        IServerStreamWriter<TResponse> stream, Func<FileChunk, TResponse> response, string fileName, string contentType, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var offset = 0;
        do
        {
            var length = Math.Min(ChunkBytes, content.Length - offset);
            var chunk = new FileChunk { Data = ByteString.CopyFrom(content.Span.Slice(offset, length)) };
            if (offset == 0)
            {
                chunk.FileName = fileName;
                chunk.ContentType = contentType;
            }
            await stream.WriteAsync(response(chunk), cancellationToken);
            offset += length;
        }
        while (offset < content.Length);
    }
}
