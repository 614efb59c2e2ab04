using Ledningssystem.Organizations.Domain;

namespace Ledningssystem.Organizations.Tests.Domain;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("212000-0142", "212000-0142")]
    [InlineData("2120000142", "212000-0142")]
    [InlineData(" 556999-1119 ", "556999-1119")]
    [InlineData("811218-9876", "811218-9876")]
    public void A_number_with_a_valid_check_digit_is_read_in_its_written_form(string text, string expected)
    {
        Assert.True(OrganisationNumber.TryParse(text, out var number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("212000-0143")]
    [InlineData("556999-1118")]
    [InlineData("55699-91119")]
    [InlineData("21200001420")]
    [InlineData("212000+0142")]
    [InlineData("21200O-0142")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_check_digit_or_form_is_refused(string? text) => Assert.False(OrganisationNumber.TryParse(text, out _));
}
