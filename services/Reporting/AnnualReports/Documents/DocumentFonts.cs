using PdfSharp.Fonts;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>Where the documents' font is: DejaVu Sans (Debian's fonts-dejavu-core, which the Dockerfile and tests/tools/install bring).</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Reporting:Documents";

    public string FontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";

    public string RegularFont => Path.Combine(FontDirectory, "DejaVuSans.ttf");

    public string BoldFont => Path.Combine(FontDirectory, "DejaVuSans-Bold.ttf");
}

/// <summary>
/// The one font of the PDFs and the charts. PDFsharp finds no system fonts on Linux and takes its resolver once per
/// process, so the first document installs it; the charts' renderer gets the same files.
/// </summary>
internal static class DocumentFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lock Installing = new();
    private static bool installed;

    public static void Install(DocumentOptions options)
    {
        if (!File.Exists(options.RegularFont) || !File.Exists(options.BoldFont))
        {
            throw new FileNotFoundException($"The documents' font is missing in {options.FontDirectory} (Debian: apt-get install fonts-dejavu-core).");
        }
        lock (Installing)
        {
            if (installed)
            {
                return;
            }
            GlobalFontSettings.FontResolver = new FileFontResolver(File.ReadAllBytes(options.RegularFont), File.ReadAllBytes(options.BoldFont));
            ScottPlot.Fonts.AddFontFile(Family, options.RegularFont, bold: false, italic: false);
            ScottPlot.Fonts.AddFontFile(Family, options.BoldFont, bold: true, italic: false);
            installed = true;
        }
    }

    private sealed class FileFontResolver(byte[] regular, byte[] bold) : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? "bold" : "regular");

        public byte[] GetFont(string faceName) => faceName == "bold" ? bold : regular;
    }
}
