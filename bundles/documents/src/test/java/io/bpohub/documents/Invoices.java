package io.bpohub.documents;

import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceDocument.Kind;
import io.bpohub.api.documents.InvoiceDocument.Line;
import io.bpohub.api.documents.InvoiceDocument.Party;
import io.bpohub.api.documents.InvoiceDocument.Tax;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test invoices (a Chinese tenant billed in CNY with 6 % VAT) and reading PDFs back. */
final class Invoices {
    static final Party AGENCY = new Party("BPO Hub Agency Ltd", List.of("12 Harbour Road", "Hong Kong"));
    static final Party TENANT = new Party("北京科技有限公司", List.of("朝阳区建国路88号", "100022 北京"));
    static final Instant GENERATED = Instant.parse("2026-12-01T08:00:00Z");

    private Invoices() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static List<Line> lines() {
        return List.of(
                new Line("TALK", "Talk time, inbound", d("1234.5"), "minutes", 842, d("740.70")),
                new Line("SEAT", "Seat time", d("160.00"), "agent-hours", 20, d("2000.00")),
                new Line("PLATFORM_FEE", "Platform fee 2026-11", d("1"), "months", 1, d("0.00")));
    }

    static InvoiceDocument invoice(String number) {
        return new InvoiceDocument(number, Kind.INVOICE, "2026-11", null, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"),
                AGENCY, TENANT, "CNY", lines(), d("2740.70"), List.of(new Tax("VAT", d("0.06"), d("2740.70"), d("164.44"))),
                d("2905.14"), GENERATED);
    }

    static InvoiceDocument creditNote() {
        return new InvoiceDocument("CN-2026-00003", Kind.CREDIT_NOTE, "2026-11", "INV-2026-00042", LocalDate.parse("2026-12-05"),
                LocalDate.parse("2026-12-05"), AGENCY, TENANT, "CNY",
                List.of(new Line("ADJUSTMENT", "Talk time billed twice on 2026-11-14", d("-120.0"), "minutes", 37, d("-72.00"))),
                d("-72.00"), List.of(new Tax("VAT", d("0.06"), d("-72.00"), d("-4.32"))), d("-76.32"), GENERATED);
    }

    static InvoiceDocument withLines(int count) {
        List<Line> many = new ArrayList<>();
        for (int i = 1; i <= count; i++) many.add(new Line("TALK", "Campaign " + i, d("10.0"), "minutes", i, d("6.00")));
        return new InvoiceDocument("INV-2026-00077", Kind.INVOICE, "2026-11", null, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"),
                AGENCY, TENANT, "CNY", many, d(6 * count + ".00"), List.of(), d(6 * count + ".00"), GENERATED);
    }

    static byte[] render(InvoiceDocument invoice) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfInvoiceRenderer().pdf(invoice, out);
        return out.toByteArray();
    }

    /** The text of every page, pages separated by a form feed. */
    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                if (page > 1) all.append('\f');
                all.append(extractor.getTextFromPage(page));
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    /**
     * The text shown in STSong-Light / UniGB-UCS2-H on every page, in order. OpenPDF's text extractor
     * cannot map that font's codes back (viewers use the CMap; there is no ToUnicode), but with this
     * CMap the codes are the characters' UCS-2 values, so the content stream itself proves what is printed.
     */
    static String chineseText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        try {
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
                List<PdfObject> operands = new ArrayList<>();
                boolean song = false;
                while (!parser.parse(operands).isEmpty()) {
                    String operator = ((PdfLiteral) operands.get(operands.size() - 1)).toString();
                    if (operator.equals("Tf")) {
                        PdfDictionary font = fonts.getAsDict((PdfName) operands.get(0));
                        // a Type0 font is named after its CID font and CMap
                        song = new PdfName("STSong-Light-UniGB-UCS2-H").equals(font.getAsName(PdfName.BASEFONT))
                                && new PdfName("UniGB-UCS2-H").equals(font.getAsName(PdfName.ENCODING));
                    } else if (song && operator.equals("Tj")) {
                        text.append(ucs2((PdfString) operands.get(0)));
                    } else if (song && operator.equals("TJ")) {
                        for (PdfObject part : ((PdfArray) operands.get(0)).getElements()) {
                            if (part instanceof PdfString) text.append(ucs2((PdfString) part));
                        }
                    }
                }
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String ucs2(PdfString s) {
        return new String(s.getOriginalBytes(), StandardCharsets.UTF_16BE);
    }
}
