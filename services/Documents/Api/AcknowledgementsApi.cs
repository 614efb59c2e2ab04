using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Api;

/// <summary>Läskvittens: target groups, append-only acknowledgements per version, who has and has not, reminders.</summary>
public sealed class AcknowledgementsApi(
    DocumentsDb db, DocumentAccess access, IAccessDirectory directory, IEventPublisher events, IAuditTrail audit, TimeProvider clock)
    : ReadAcknowledgementService.ReadAcknowledgementServiceBase
{
    public override async Task<SetAcknowledgementTargetsResponse> SetAcknowledgementTargets(SetAcknowledgementTargetsRequest request, ServerCallContext context)
    {
        var document = await access.WritableAsync(request.DocumentId, context.CancellationToken);
        document.SetAcknowledgementTargets(request.Targets.Select(t => new Domain.AcknowledgementTarget((Role)t.Role, t.UnitId)));
        await db.SaveChangesAsync(context.CancellationToken);
        return new SetAcknowledgementTargetsResponse { Targets = { request.Targets } };
    }

    public override async Task<AcknowledgeVersionResponse> AcknowledgeVersion(AcknowledgeVersionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.ReadableAsync(request.DocumentId, ct);
        var version = await access.VisibleVersionAsync(document, request.VersionNumber, ct);
        var userId = access.Caller.UserId;
        var acknowledgement = Domain.Acknowledgement.Record(version, userId, clock.GetUtcNow());
        var existing = await db.Acknowledgements.AsNoTracking()
            .SingleOrDefaultAsync(a => a.DocumentId == document.Id && a.VersionNumber == version.Number && a.UserId == userId, ct);
        if (existing is not null)
        {
            return new AcknowledgeVersionResponse { AcknowledgedAt = Timestamp.FromDateTimeOffset(existing.AcknowledgedAt) };
        }
        db.Add(acknowledgement);
        events.Publish(new ReadAcknowledged
        {
            TenantId = document.TenantId,
            DocumentId = document.Id,
            VersionNumber = version.Number,
            UserId = userId,
            AcknowledgedAt = Timestamp.FromDateTimeOffset(acknowledgement.AcknowledgedAt),
        }, document.Id);
        await db.SaveChangesAsync(ct);
        return new AcknowledgeVersionResponse { AcknowledgedAt = Timestamp.FromDateTimeOffset(acknowledgement.AcknowledgedAt) };
    }

    public override async Task<ListAcknowledgementStatusResponse> ListAcknowledgementStatus(ListAcknowledgementStatusRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.WritableAsync(request.DocumentId, ct);
        var version = await access.VersionAsync(document, request.VersionNumber, ct);
        await audit.RecordReadAsync(nameof(Domain.Acknowledgement), $"{document.Id}/{version.Number}", "Läskvittenser för en version", ct);
        var people = await TargetPeopleAsync(document, ct);
        var acknowledged = await db.Acknowledgements.AsNoTracking()
            .Where(a => a.DocumentId == document.Id && a.VersionNumber == version.Number)
            .ToDictionaryAsync(a => a.UserId, a => a.AcknowledgedAt, ct);
        // The target groups come from the replica and are small (people of some units), so they page in memory by position.
        var start = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var after) ? (int)after : 0;
        var size = Paging.PageSize(request.PageSize);
        var response = new ListAcknowledgementStatusResponse
        {
            AcknowledgedCount = people.Count(acknowledged.ContainsKey),
            PendingCount = people.Count(p => !acknowledged.ContainsKey(p)),
            NextPageToken = start + size < people.Count ? Paging.Token(start + size) : "",
        };
        foreach (var person in people.Skip(start).Take(size))
        {
            response.People.Add(new AcknowledgementStatus
            {
                UserId = person,
                Acknowledged = acknowledged.ContainsKey(person),
                AcknowledgedAt = acknowledged.TryGetValue(person, out var at) ? Timestamp.FromDateTimeOffset(at) : null,
            });
        }
        return response;
    }

    public override async Task<SendAcknowledgementRemindersResponse> SendAcknowledgementReminders(SendAcknowledgementRemindersRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.WritableAsync(request.DocumentId, ct);
        var versionNumber = document.RequirePublishedVersion();
        var people = await TargetPeopleAsync(document, ct);
        var acknowledged = await db.Acknowledgements.AsNoTracking()
            .Where(a => a.DocumentId == document.Id && a.VersionNumber == versionNumber)
            .Select(a => a.UserId)
            .ToListAsync(ct);
        var pending = people.Except(acknowledged).ToList();
        foreach (var person in pending)
        {
            events.Publish(new ReadAcknowledgementReminder
            {
                TenantId = document.TenantId,
                DocumentId = document.Id,
                VersionNumber = versionNumber,
                UserId = person,
                Title = document.Title,
            }, document.Id);
        }
        await db.SaveChangesAsync(ct);
        return new SendAcknowledgementRemindersResponse { RemindedCount = pending.Count };
    }

    public override async Task<ListDocumentsToReadResponse> ListDocumentsToRead(ListDocumentsToReadRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireReaderAsync(ct);
        var me = access.Caller.UserId;
        var size = Paging.PageSize(request.PageSize);
        var after = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var token) ? token : 0;
        var acknowledged = (await db.Acknowledgements.AsNoTracking().Where(a => a.UserId == me)
            .Select(a => new { a.DocumentId, a.VersionNumber }).ToListAsync(ct))
            .Select(a => (a.DocumentId, a.VersionNumber)).ToHashSet();
        var holders = new Dictionary<Domain.AcknowledgementTarget, IReadOnlyList<string>>();
        var toRead = new List<Domain.Document>();
        // The target groups are a JSON column and their people come from the replica, so published documents are
        // read in batches in creation order and matched here until the page (and one more, for the token) is full.
        const int Batch = 200;
        while (toRead.Count <= size)
        {
            var batch = await db.Documents.AsNoTracking()
                .Where(d => d.PublishedVersionNumber > 0 && d.Sequence > after)
                .OrderBy(d => d.Sequence).Take(Batch).ToListAsync(ct);
            foreach (var document in batch.Where(d => !acknowledged.Contains((d.Id, d.PublishedVersionNumber))))
            {
                if (toRead.Count <= size && await IsTargetAsync(document, me, holders, ct))
                {
                    toRead.Add(document);
                }
            }
            if (batch.Count < Batch)
            {
                break;
            }
            after = batch[^1].Sequence;
        }
        return new ListDocumentsToReadResponse
        {
            Documents = { toRead.Take(size).Select(d => d.ToProto()) },
            NextPageToken = toRead.Count > size ? Paging.Token(toRead[size - 1].Sequence) : "",
        };
    }

    private async Task<bool> IsTargetAsync(
        Domain.Document document, string userId, Dictionary<Domain.AcknowledgementTarget, IReadOnlyList<string>> holders, CancellationToken ct)
    {
        foreach (var target in document.AcknowledgementTargets)
        {
            if (!holders.TryGetValue(target, out var people))
            {
                holders[target] = people = await directory.RoleHoldersAsync(target.Role, target.UnitId, ct);
            }
            if (people.Contains(userId, StringComparer.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private async Task<List<string>> TargetPeopleAsync(Domain.Document document, CancellationToken ct)
    {
        var people = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var target in document.AcknowledgementTargets)
        {
            people.UnionWith(await directory.RoleHoldersAsync(target.Role, target.UnitId, ct));
        }
        return [.. people];
    }
}
