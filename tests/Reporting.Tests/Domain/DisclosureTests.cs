using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.Tests.Domain;

/// <summary>Small counts are hidden, and no hidden count can be worked out from a total.</summary>
public sealed class DisclosureTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Counts_from_one_to_four_are_suppressed_at_the_default_threshold(long count, bool suppressed)
    {
        Assert.Equal(suppressed, Disclosure.Of(count, ReportingSettings.DefaultThreshold).Suppressed);
    }

    [Fact]
    public void A_single_suppressed_part_of_a_shown_total_takes_the_smallest_other_part_with_it()
    {
        var parts = Disclosure.Parts(Disclosure.Of(20, 5), [3, 9, 0, 8], 5);

        Assert.Equal([true, false, false, true], parts.Select(p => p.Suppressed));
    }

    [Fact]
    public void Two_suppressed_parts_need_no_more()
    {
        var parts = Disclosure.Parts(Disclosure.Of(14, 5), [3, 2, 9], 5);

        Assert.Equal([true, true, false], parts.Select(p => p.Suppressed));
    }

    [Fact]
    public void A_suppressed_count_reads_fewer_than_the_threshold()
    {
        Assert.Equal("färre än 5", Disclosure.Text(Disclosure.Of(3, 5), 5));
        Assert.Equal("12", Disclosure.Text(Disclosure.Of(12, 5), 5));
    }

    [Fact]
    public void The_settings_refuse_a_threshold_out_of_range()
    {
        var settings = new ReportingSettings();

        var refused = Assert.Throws<ReportingRuleException>(() => settings.SetSuppressionThreshold(1));

        Assert.Equal("THRESHOLD_OUT_OF_RANGE", refused.Reason);
        Assert.Equal(ReportingSettings.DefaultThreshold, settings.SuppressionThreshold);
    }
}
