using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Incidents.Data;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    private const int EnumLength = 30;

    public void Configure(EntityTypeBuilder<Incident> incident)
    {
        incident.IsWorkflowAggregate("incidents", Limits.IdLength, EnumLength);
        incident.Property(i => i.WhatHappened).HasMaxLength(Limits.LongText);
        incident.Property(i => i.ImmediateActions).HasMaxLength(Limits.ShortText);
        incident.Property(i => i.InvolvedPersonReference).HasMaxLength(Limits.PersonReference);
        incident.Property(i => i.RoutineDocumentId).HasMaxLength(Limits.IdLength);
        incident.PrimitiveCollection(i => i.AttachmentReferences).HasField("attachmentReferences")
            .ElementType(e => e.HasMaxLength(Limits.Reference));
        incident.Property(i => i.ReporterId).HasMaxLength(Limits.UserIdLength);
        incident.HasIndex(i => new { i.TenantId, i.ReporterId });
        incident.Property(i => i.ReporterName).HasMaxLength(Limits.NameLength);
        incident.Property(i => i.OriginService).HasMaxLength(Limits.ServiceNameLength);
        incident.Property(i => i.OriginId).HasMaxLength(Limits.IdLength);
        incident.HasIndex(i => new { i.TenantId, i.OriginService, i.OriginId }).IsUnique();
        incident.Property(i => i.RequestId).HasMaxLength(Limits.IdLength);
        incident.HasIndex(i => new { i.TenantId, i.ReporterId, i.RequestId }).IsUnique();
        incident.Property(i => i.Kind).HasConversion<string>().HasMaxLength(EnumLength);
        incident.Property(i => i.Subtype).HasConversion<string>().HasMaxLength(EnumLength);
        incident.Property(i => i.Severity).HasConversion<string>().HasMaxLength(EnumLength);
        incident.Property(i => i.Track).HasConversion<string>().HasMaxLength(EnumLength);
        incident.Property(i => i.InvestigationWhatHappened).HasMaxLength(Limits.LongText);
        incident.Property(i => i.InvestigationWhy).HasMaxLength(Limits.LongText);
        incident.Property(i => i.InvestigationPrevention).HasMaxLength(Limits.LongText);
        incident.PrimitiveCollection(i => i.RootCauses).HasField("rootCauses")
            .ElementType(e => e.HasConversion<string>().HasMaxLength(EnumLength));
        incident.Property(i => i.InvestigatedBy).HasMaxLength(Limits.UserIdLength);
        incident.Property(i => i.InvestigatedByName).HasMaxLength(Limits.NameLength);
        incident.Property(i => i.FollowUpEffect).HasMaxLength(Limits.LongText);
        incident.Property(i => i.Outcome).HasMaxLength(Limits.LongText);
        incident.Property(i => i.NotificationGrounds).HasMaxLength(Limits.LongText);
        incident.Property(i => i.NotificationDecidedBy).HasMaxLength(Limits.UserIdLength);
        incident.Property(i => i.NotificationDecidedByName).HasMaxLength(Limits.NameLength);
        incident.Property(i => i.NotificationSentBy).HasMaxLength(Limits.UserIdLength);
        incident.Property(i => i.NotificationSentByName).HasMaxLength(Limits.NameLength);
        incident.Property(i => i.NotificationReference).HasMaxLength(Limits.SentReference);
        incident.Property(i => i.PatientInformedNote).HasMaxLength(Limits.ShortText);
        incident.Property(i => i.DeadlineStage).HasConversion<string>().HasMaxLength(EnumLength);
        incident.HasIndex(i => i.DueAt);
        incident.HasIndex(i => i.WarnAt);

        incident.OwnsMany(i => i.LegalReferences, reference =>
        {
            reference.ToTable("incident_legal_references");
            reference.Property<int>("Number");
            reference.HasKey("Number");
            reference.Property(r => r.Code).HasMaxLength(Limits.LegalCode);
            reference.Property(r => r.Title).HasMaxLength(Limits.NameLength);
            reference.Property(r => r.Url).HasMaxLength(Limits.Url);
        });
        incident.Navigation(i => i.LegalReferences).HasField("legalReferences");

        incident.OwnsMany(i => i.Actions, action =>
        {
            action.ToTable("incident_actions");
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).HasMaxLength(Limits.IdLength);
            action.Property(a => a.Description).HasMaxLength(Limits.ShortText);
            action.Property(a => a.ResponsibleUserId).HasMaxLength(Limits.UserIdLength);
            action.Property(a => a.Status).HasConversion<string>().HasMaxLength(EnumLength);
        });
        incident.Navigation(i => i.Actions).HasField("actions");

        incident.OwnsWorkflowHistory(i => i.History, "incident_history", new HistoryColumns(EnumLength, Limits.UserIdLength, Limits.NameLength, Limits.LongText));
    }
}
