using Grpc.Core;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Platform.TestModel;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Platform.Hosting.Tests.Sample;

public sealed class NotesApi(NotesDb db, IEventPublisher events, IAuditTrail audit) : NotesService.NotesServiceBase
{
    public override async Task<CreateNoteResponse> CreateNote(CreateNoteRequest request, ServerCallContext context)
    {
        var note = new CaseNote { Text = request.Text, PersonReference = request.PersonReference };
        db.Notes.Add(note);
        events.Publish(new NoteCreated { NoteId = note.Id.ToString() }, note.Id.ToString());
        await db.SaveChangesAsync(context.CancellationToken);
        return new CreateNoteResponse { NoteId = note.Id.ToString() };
    }

    public override async Task<GetNoteResponse> GetNote(GetNoteRequest request, ServerCallContext context)
    {
        var note = Guid.TryParse(request.NoteId, out var id) ? await db.Notes.FindAsync([id], context.CancellationToken) : null;
        if (note is null)
        {
            throw RpcErrors.NotFound("Anteckningen finns inte.");
        }
        await audit.RecordReadAsync(nameof(CaseNote), note.AuditId, "test", context.CancellationToken);
        return new GetNoteResponse { Text = note.Text };
    }

    public override async Task<WaitResponse> Wait(WaitRequest request, ServerCallContext context)
    {
        await Task.Delay(request.Milliseconds, context.CancellationToken);
        return new WaitResponse();
    }
}
