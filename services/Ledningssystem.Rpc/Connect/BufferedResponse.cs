using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Ledningssystem.Rpc.Connect;

/// <summary>
/// Captures the gRPC-Web response in memory while telling the gRPC pipeline that the response has started
/// once it writes, exactly as on the wire. Without that, grpc-dotnet would treat the finished call as
/// Trailers-Only and fold its trailers into the headers.
/// </summary>
internal sealed class BufferedResponse(IHttpResponseFeature original) : IHttpResponseFeature, IHttpResponseBodyFeature, IDisposable
{
    private readonly MemoryStream buffer = new();
    private PipeWriter? writer;
    private bool started;

    public ReadOnlySpan<byte> Content => buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

    public Stream Stream => buffer;

    public PipeWriter Writer => writer ??= PipeWriter.Create(buffer, new StreamPipeWriterOptions(leaveOpen: true));

    public bool HasStarted => started;

    public int StatusCode { get => original.StatusCode; set => original.StatusCode = value; }

    public string? ReasonPhrase { get => original.ReasonPhrase; set => original.ReasonPhrase = value; }

    public Microsoft.AspNetCore.Http.IHeaderDictionary Headers { get => original.Headers; set => original.Headers = value; }

    public Stream Body { get => buffer; set => throw new NotSupportedException(); }

    public void OnStarting(Func<object, Task> callback, object state) => original.OnStarting(callback, state);

    public void OnCompleted(Func<object, Task> callback, object state) => original.OnCompleted(callback, state);

    public void DisableBuffering()
    {
    }

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        started = true;
        return Task.CompletedTask;
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public void Dispose() => buffer.Dispose();

    /// <summary>Flushes what the handler left in the PipeWriter into the buffer.</summary>
    public async Task CompleteAsync()
    {
        if (writer is not null)
        {
            await writer.FlushAsync();
        }
    }
}
