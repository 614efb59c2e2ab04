using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Ledningssystem.Documents.Files;

/// <summary>The file formats a version may carry, recognised by their bytes rather than by what the client says.</summary>
public static class ContentSniffer
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PdfTrailer = "%%EOF"u8.ToArray();

    /// <summary>The content type a file name's extension promises, or null for an extension the service does not take.</summary>
    public static string? ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".PDF" => Pdf,
        ".DOCX" => Docx,
        _ => null,
    };

    /// <summary>Whether <paramref name="file"/> (seekable) really is <paramref name="contentType"/>.</summary>
    public static bool Matches(Stream file, string contentType) => contentType switch
    {
        Pdf => IsPdf(file),
        Docx => IsDocx(file),
        _ => false,
    };

    private static bool IsPdf(Stream file)
    {
        Span<byte> head = stackalloc byte[5];
        file.Position = 0;
        if (file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length || !head.SequenceEqual(PdfMagic))
        {
            return false;
        }
        // The trailer's %%EOF sits in the last kilobyte, possibly followed by line ends or incremental-update padding.
        var tailLength = (int)Math.Min(1024, file.Length);
        var tail = new byte[tailLength];
        file.Position = file.Length - tailLength;
        file.ReadExactly(tail);
        return tail.AsSpan().IndexOf(PdfTrailer) >= 0;
    }

    private static bool IsDocx(Stream file)
    {
        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The paragraphs' text of a .docx already sniffed as one (for search and diffs), at most <paramref name="maxLength"/> characters.</summary>
    public static string WordText(Stream file, int maxLength)
    {
        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            using var xml = XmlReader.Create(zip.GetEntry("word/document.xml")!.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            var text = new StringBuilder();
            while (xml.Read() && text.Length < maxLength)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Word && xml.LocalName == "t")
                {
                    text.Append(xml.ReadElementContentAsString());
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Word && xml.LocalName == "p")
                {
                    text.Append('\n');
                }
            }
            return text.Length > maxLength ? text.ToString(0, maxLength) : text.ToString();
        }
        catch (XmlException)
        {
            return "";
        }
    }
}
