using Ledningssystem.Complaints.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Complaints.Data;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    private const int EnumLength = 30;

    public void Configure(EntityTypeBuilder<Complaint> complaint)
    {
        complaint.IsWorkflowAggregate("complaints", Limits.IdLength, EnumLength);
        // Unique on the whole platform: the public form finds a complaint by its reference alone.
        complaint.Property(c => c.Reference).IsRequired().HasMaxLength(Limits.Reference);
        complaint.HasIndex(c => c.Reference).IsUnique();
        // One complaint per public submission: concurrent retries race on it (SHA-256 in hex).
        complaint.Property(c => c.SubmissionKeyHash).HasMaxLength(64);
        complaint.HasIndex(c => new { c.TenantId, c.SubmissionKeyHash }).IsUnique();
        complaint.Property(c => c.FollowUpCodeHash).HasMaxLength(Limits.CodeHash);
        complaint.HasIndex(c => new { c.TenantId, c.State });
        complaint.Property(c => c.Kind).HasConversion<string>().HasMaxLength(EnumLength);
        complaint.Property(c => c.Channel).HasConversion<string>().HasMaxLength(EnumLength);
        complaint.HasIndex(c => new { c.TenantId, c.ReceivedOn });
        complaint.Property(c => c.Subject).HasMaxLength(Limits.Subject);
        complaint.Property(c => c.Description).HasMaxLength(Limits.LongText);
        complaint.Property(c => c.ComplainantRole).HasConversion<string>().HasMaxLength(EnumLength);
        complaint.Property(c => c.ComplainantName).HasMaxLength(Limits.NameLength);
        complaint.Property(c => c.ComplainantEmail).HasMaxLength(Limits.Email);
        complaint.Property(c => c.ComplainantPhone).HasMaxLength(Limits.Phone);
        complaint.Property(c => c.ComplainantPostalAddress).HasMaxLength(Limits.PostalAddress);
        complaint.Ignore(c => c.Complainant);
        complaint.PrimitiveCollection(c => c.CategoryIds).HasField("categoryIds")
            .ElementType(e => e.HasMaxLength(Limits.IdLength));
        complaint.Property(c => c.AnswerText).HasMaxLength(Limits.LongText);
        complaint.Property(c => c.AnswerActions).HasMaxLength(Limits.LongText);
        complaint.Property(c => c.ConfidentialityNote).HasMaxLength(Limits.ShortText);
        complaint.Property(c => c.AnsweredBy).HasMaxLength(Limits.UserIdLength);
        complaint.Property(c => c.AnsweredByName).HasMaxLength(Limits.NameLength);
        complaint.Property(c => c.RegisteredBy).HasMaxLength(Limits.UserIdLength);
        complaint.Property(c => c.RegisteredByName).HasMaxLength(Limits.NameLength);
        complaint.Property(c => c.DeadlineStage).HasConversion<string>().HasMaxLength(EnumLength);
        complaint.HasIndex(c => c.DueAt);
        complaint.Ignore(c => c.IsAnswered);
        complaint.Ignore(c => c.HasContactDetails);
        complaint.Property(c => c.FeedbackText).HasMaxLength(Limits.ShortText);
        complaint.Property(c => c.FeedbackSharedBy).HasMaxLength(Limits.UserIdLength);
        complaint.Property(c => c.FeedbackSharedByName).HasMaxLength(Limits.NameLength);
        complaint.HasIndex(c => new { c.TenantId, c.FeedbackSharedAt });
        complaint.HasIndex(c => c.ContactDetailsKeptUntil);
        complaint.Property(c => c.ForwardedToTenantId).HasMaxLength(Limits.IdLength);
        complaint.Property(c => c.ForwardedToUnitId).HasMaxLength(Limits.IdLength);
        complaint.Property(c => c.ForwardedToReference).HasMaxLength(Limits.Reference);
        complaint.Property(c => c.ForwardedFromTenantId).HasMaxLength(Limits.IdLength);
        complaint.Property(c => c.ForwardedFromUnitId).HasMaxLength(Limits.IdLength);
        complaint.Property(c => c.ForwardedFromReference).HasMaxLength(Limits.Reference);
        complaint.Property(c => c.LinkedIncidentId).HasMaxLength(Limits.IdLength);
        complaint.Ignore(c => c.ForwardedTo);
        complaint.Ignore(c => c.ForwardedFrom);

        complaint.OwnsWorkflowHistory(c => c.History, "complaint_history", new HistoryColumns(EnumLength, Limits.UserIdLength, Limits.NameLength, Limits.ShortText));
    }
}
