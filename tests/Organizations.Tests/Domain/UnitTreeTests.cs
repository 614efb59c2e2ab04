using Ledningssystem.Organizations.Domain;

namespace Ledningssystem.Organizations.Tests.Domain;

public sealed class UnitTreeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Moving_a_unit_moves_its_whole_subtree()
    {
        var root = Unit.CreateRoot("t", "root", "Förvaltningen", [], Now);
        var area = root.CreateChild("area", "Område", [], Now);
        var unit = area.CreateChild("unit", "Enhet", [Verksamhetsform.Hsl, Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl], Now);
        var team = unit.CreateChild("team", "Team", [], Now);
        var other = root.CreateChild("other", "Annat område", [], Now);

        Assert.True(unit.MoveUnder(other, [team]));

        Assert.Equal(("other", "/root/other/unit/"), (unit.ParentId, unit.Path));
        Assert.Equal("/root/other/unit/team/", team.Path);
        Assert.Equal(["root", "other", "unit"], team.AncestorIds);
        Assert.Equal([Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl], unit.Verksamhetsformer);
        Assert.False(unit.MoveUnder(other, [team]));
    }

    [Fact]
    public void A_unit_cannot_move_below_itself()
    {
        var root = Unit.CreateRoot("t", "root", "Förvaltningen", [], Now);
        var area = root.CreateChild("area", "Område", [], Now);
        var unit = area.CreateChild("unit", "Enhet", [], Now);

        var refused = Assert.Throws<OrganizationRuleException>(() => area.MoveUnder(unit, [unit]));

        Assert.Equal("MOVE_INTO_OWN_SUBTREE", refused.Reason);
        Assert.Equal("/root/area/unit/", unit.Path);
    }

    [Fact]
    public void Closing_needs_closed_children_and_a_closed_unit_stays_closed()
    {
        var root = Unit.CreateRoot("t", "root", "Förvaltningen", [], Now);
        var area = root.CreateChild("area", "Område", [], Now);
        var unit = area.CreateChild("unit", "Enhet", [], Now);

        Assert.Equal("OPEN_SUB_UNITS", Assert.Throws<OrganizationRuleException>(() => area.Close([unit], Now)).Reason);
        Assert.True(unit.Close([], Now));
        Assert.True(area.Close([unit], Now));
        Assert.False(area.Close([unit], Now.AddDays(1)));
        Assert.Equal(Now, area.ClosedAt);
        Assert.Equal("TOP_UNIT_FIXED", Assert.Throws<OrganizationRuleException>(() => root.Close([area], Now)).Reason);
    }
}
