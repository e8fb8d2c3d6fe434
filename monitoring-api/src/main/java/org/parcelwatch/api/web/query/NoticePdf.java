package org.parcelwatch.api.web.query;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Lays a printable document ({@link NoticeDocument}) out as PDF on A4 (openhtmltopdf on PDFBox), with the fonts the
 * application carries in {@code resources/fonts} (see the README there): Droid Sans Fallback for the Chinese, which has
 * no Latin letters or digits, and DejaVu Serif for those. A server has no Chinese font of its own to rely on, and a PDF
 * made with whatever font a machine happens to have would differ from one node to the next, or show empty boxes. Both
 * are embedded as subsets of the characters used.
 */
@Component
public class NoticePdf {

    /**
     * The families the documents' CSS names first, the shipped fonts: the Latin letters and digits from the first, the
     * Chinese from the next (openhtmltopdf falls back along the list glyph by glyph).
     */
    static final String FONT_FAMILIES = "\"Parcelwatch Latin\",\"Parcelwatch CJK\"";

    private static final String LATIN = "fonts/DejaVuSerif.ttf";
    private static final String CJK = "fonts/DroidSansFallbackFull.ttf";

    private final byte[] latin;
    private final byte[] cjk;

    public NoticePdf() {
        this.latin = read(LATIN);
        this.cjk = read(CJK);
    }

    private static byte[] read(String font) {
        try (InputStream in = new ClassPathResource(font).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + font + " is missing from the application", e);
        }
    }

    /** The document (well-formed XHTML) as a PDF. */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // one face serves both weights: the headings are drawn in it rather than in a default bold without Chinese
            for (int weight : new int[] {400, 700}) {
                builder.useFont(() -> new ByteArrayInputStream(latin), "Parcelwatch Latin", weight, FontStyle.NORMAL, true);
                builder.useFont(() -> new ByteArrayInputStream(cjk), "Parcelwatch CJK", weight, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the notice could not be laid out as PDF", e);
        }
        return pdf.toByteArray();
    }
}
