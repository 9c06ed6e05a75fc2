package io.bpohub.documents;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of an invoice, tried per character in order: Helvetica (a standard PDF font, not embedded)
 * for Latin text; Liberation Sans (shipped inside OpenPDF, embedded as a subset) for other European
 * scripts; STSong-Light with the UniGB-UCS2-H CMap for Chinese. STSong-Light is one of Adobe's standard
 * CJK fonts: it is never embedded, readers substitute a Song typeface they have (Acrobat, pdf.js,
 * browsers, macOS and Linux desktops with CJK fonts do). OpenPDF ships its metrics and the CMap
 * (decision 0010). Should they ever be missing, Chinese characters drop out of the PDF, a warning is
 * logged and the rest of the invoice still prints.
 */
final class PdfFonts {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    private final List<BaseFont> regular = new ArrayList<>();
    private final List<BaseFont> bold = new ArrayList<>();
    private final boolean chinese;

    PdfFonts() {
        regular.add(create(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED));
        bold.add(create(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED));
        BaseFont liberation = optional("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        BaseFont song = optional("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        for (BaseFont extra : new BaseFont[] {liberation, song}) {
            if (extra == null) continue;
            regular.add(extra);
            bold.add(extra); // drawn bold by OpenPDF (fill and stroke), as these have no bold face here
        }
        chinese = song != null;
        if (!chinese) LOG.warn("STSong-Light with UniGB-UCS2-H is not available: Chinese text will be missing from invoice PDFs");
    }

    /** Whether Chinese text can be printed (the CJK CMap was found). */
    boolean chinese() {
        return chinese;
    }

    Phrase phrase(String text, float size, boolean isBold, Color color) {
        FontSelector selector = new FontSelector();
        for (BaseFont base : isBold ? bold : regular) {
            boolean synthetic = isBold && !base.getPostscriptFontName().contains("Bold");
            selector.addFont(new Font(base, size, synthetic ? Font.BOLD : Font.NORMAL, color));
        }
        return selector.process(text);
    }

    Font font(float size, boolean isBold, Color color) {
        return new Font((isBold ? bold : regular).get(0), size, Font.NORMAL, color);
    }

    private static BaseFont create(String name, String encoding, boolean embedded) {
        try {
            return BaseFont.createFont(name, encoding, embedded);
        } catch (Exception e) {
            throw new IllegalStateException("OpenPDF cannot load its standard font " + name, e);
        }
    }

    private static BaseFont optional(String name, String encoding, boolean embedded) {
        try {
            return BaseFont.createFont(name, encoding, embedded);
        } catch (Exception e) {
            LOG.warn("font {} ({}) is not available: {}", name, encoding, e.toString());
            return null;
        }
    }
}
