using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.AnnualReports.Exports;
using Ledningssystem.Reporting.AnnualReports.Reminders;
using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.AnnualReports.Data;

/// <summary>The berättelser, their export jobs and reminders (ADR 0025).</summary>
public static class AnnualReportModel
{
    public static ModelBuilder ApplyAnnualReports(this ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new AnnualReportConfiguration())
        .ApplyConfiguration(new AnnualReportExportJobConfiguration())
        .ApplyConfiguration(new AnnualReportExportFileConfiguration())
        .ApplyConfiguration(new AnnualReportReminderConfiguration());
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    private const int EnumLength = 30;
    private const int UserIdLength = 100;
    private const int UserNameLength = 200;
    private const int NoteLength = 2_000;

    public void Configure(EntityTypeBuilder<AnnualReport> report)
    {
        report.IsWorkflowAggregate("annual_reports", Limits.IdLength, EnumLength);
        report.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumLength);
        report.HasIndex(r => new { r.TenantId, r.Kind, r.Year }).IsUnique();
        report.Property(r => r.SubmittedBy).HasMaxLength(UserIdLength);
        report.Ignore(r => r.Title);
        report.OwnsMany(r => r.Sections, section =>
        {
            section.ToTable("annual_report_sections");
            section.Property<int>("Id");
            section.HasKey("Id");
            section.Property(s => s.Section).HasConversion<string>().HasMaxLength(EnumLength);
            section.Property(s => s.Text).HasMaxLength(AnnualReport.MaxTextLength);
        });
        report.Navigation(r => r.Sections).HasField("sections");
        report.OwnsWorkflowHistory(r => r.History, "annual_report_history", new HistoryColumns(EnumLength, UserIdLength, UserNameLength, NoteLength));
    }
}

internal sealed class AnnualReportExportJobConfiguration : IEntityTypeConfiguration<AnnualReportExportJob>
{
    public void Configure(EntityTypeBuilder<AnnualReportExportJob> job)
    {
        job.ToTable("annual_report_exports");
        job.HasKey(j => j.Id);
        job.Property(j => j.Id).HasMaxLength(Limits.IdLength);
        job.Property(j => j.TenantId).HasMaxLength(Limits.IdLength);
        job.Property(j => j.ReportId).HasMaxLength(Limits.IdLength);
        job.Property(j => j.Format).HasConversion<string>().HasMaxLength(10);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(10);
        job.HasIndex(j => new { j.Status, j.RequestedAt });
        job.HasIndex(j => j.FinishedAt);
        job.Property(j => j.Step).HasMaxLength(200);
        job.Property(j => j.Error).HasMaxLength(500);
        job.Property(j => j.FileName).HasMaxLength(200);
        job.Property(j => j.RequestedBy).HasMaxLength(100);
        job.Property(j => j.Version).IsConcurrencyToken();
    }
}

internal sealed class AnnualReportExportFileConfiguration : IEntityTypeConfiguration<AnnualReportExportFile>
{
    public void Configure(EntityTypeBuilder<AnnualReportExportFile> file)
    {
        file.ToTable("annual_report_export_files");
        file.HasKey(f => f.ExportId);
        file.Property(f => f.ExportId).HasMaxLength(Limits.IdLength);
        file.Property(f => f.TenantId).HasMaxLength(Limits.IdLength);
    }
}

internal sealed class AnnualReportReminderConfiguration : IEntityTypeConfiguration<AnnualReportReminder>
{
    public void Configure(EntityTypeBuilder<AnnualReportReminder> reminder)
    {
        reminder.ToTable("annual_report_reminders");
        reminder.HasKey(r => new { r.TenantId, r.Year, r.Kind });
        reminder.Property(r => r.TenantId).HasMaxLength(Limits.IdLength);
        reminder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
