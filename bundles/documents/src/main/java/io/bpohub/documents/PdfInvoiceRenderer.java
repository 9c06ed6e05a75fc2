package io.bpohub.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceRenderer;
import org.osgi.service.component.annotations.Component;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Prints invoices and credit notes on A4 with OpenPDF. Every amount is printed as given
 * ({@link BigDecimal#toPlainString()}): billing has rounded it, this class never adds, multiplies or
 * rounds money. A preview (no number) says DRAFT in the title and across every page.
 */
@Component(service = InvoiceRenderer.class)
public final class PdfInvoiceRenderer implements InvoiceRenderer {
    private static final Color INK = Color.BLACK;
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color HEAD_FILL = new Color(0xEE, 0xEE, 0xEE);
    private static final Color DRAFT_RED = new Color(0xC0, 0x20, 0x20);

    private volatile PdfFonts fonts;

    @Override
    public void pdf(InvoiceDocument invoice, OutputStream out) throws IOException {
        if (invoice == null || out == null) throw new IllegalArgumentException("rendering needs an invoice and an output stream");
        try (BundleContextLoader ignored = BundleContextLoader.enter()) {
            new Rendering(invoice, fonts()).write(out);
        } catch (DocumentException e) {
            throw new IOException("cannot render invoice " + label(invoice) + ": " + e.getMessage(), e);
        }
    }

    /** Whether Chinese names print (the CJK CMap is there); for the operator and the tests. */
    boolean printsChinese() {
        return fonts().chinese();
    }

    private PdfFonts fonts() {
        PdfFonts f = fonts;
        if (f == null) {
            // OpenPDF caches the base fonts itself; this only avoids repeating the look-ups and the warning
            try (BundleContextLoader ignored = BundleContextLoader.enter()) {
                fonts = f = new PdfFonts();
            }
        }
        return f;
    }

    private static String label(InvoiceDocument invoice) {
        return invoice.draft() ? "DRAFT " + invoice.period() : invoice.number();
    }

    /** One document being written: the layout, top to bottom. */
    private static final class Rendering {
        private final InvoiceDocument inv;
        private final PdfFonts fonts;
        private final String currency;

        Rendering(InvoiceDocument inv, PdfFonts fonts) {
            this.inv = inv;
            this.fonts = fonts;
            this.currency = inv.currency();
        }

        void write(OutputStream out) throws DocumentException {
            Document doc = new Document(PageSize.A4, 50, 50, 50, 60);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false); // the caller owns the stream
            writer.setPageEvent(new PageMarks());
            doc.addTitle(title() + " " + label(inv));
            doc.addCreator("BPO Hub");
            doc.open();
            doc.add(header());
            doc.add(parties());
            doc.add(lines());
            doc.add(totals());
            doc.close();
        }

        private String title() {
            return inv.kind() == InvoiceDocument.Kind.CREDIT_NOTE ? "Credit note" : "Invoice";
        }

        private PdfPTable header() {
            PdfPTable table = grid(2, new float[] {55, 45});
            PdfPCell issuer = plain();
            issuer.addElement(line(inv.issuer().name(), 12, true, INK));
            for (String address : inv.issuer().address()) issuer.addElement(line(address, 9, false, MUTED));
            table.addCell(issuer);

            PdfPCell title = plain();
            title.addElement(right(line(title(), 22, true, INK)));
            title.addElement(right(inv.draft() ? line("DRAFT", 14, true, DRAFT_RED) : line("No. " + inv.number(), 12, true, INK)));
            table.addCell(title);
            table.setSpacingAfter(24);
            return table;
        }

        private PdfPTable parties() {
            PdfPTable table = grid(2, new float[] {55, 45});
            PdfPCell customer = plain();
            customer.addElement(line("Bill to", 9, false, MUTED));
            customer.addElement(line(inv.customer().name(), 11, true, INK));
            for (String address : inv.customer().address()) customer.addElement(line(address, 9, false, INK));
            table.addCell(customer);

            PdfPTable facts = grid(2, new float[] {50, 50});
            fact(facts, "Period", inv.period());
            if (inv.issueDate() != null) fact(facts, "Issue date", date(inv.issueDate()));
            if (inv.dueDate() != null) fact(facts, "Due date", date(inv.dueDate()));
            fact(facts, "Currency", currency);
            if (inv.kind() == InvoiceDocument.Kind.CREDIT_NOTE && inv.refersTo() != null) {
                fact(facts, "Corrects", "invoice " + inv.refersTo());
            }
            PdfPCell holder = plain();
            holder.addElement(facts);
            table.addCell(holder);
            table.setSpacingAfter(20);
            if (inv.kind() == InvoiceDocument.Kind.CREDIT_NOTE && inv.refersTo() != null) {
                PdfPCell note = plain();
                note.setColspan(2);
                note.setPaddingTop(10);
                note.addElement(line("This credit note corrects invoice " + inv.refersTo() + ".", 10, false, INK));
                table.addCell(note);
            }
            return table;
        }

        private PdfPTable lines() {
            PdfPTable table = grid(4, new float[] {52, 18, 10, 20});
            table.setHeaderRows(1); // repeated on every page of a long invoice
            head(table, "Description", Element.ALIGN_LEFT);
            head(table, "Quantity", Element.ALIGN_RIGHT);
            head(table, "Records", Element.ALIGN_RIGHT);
            head(table, "Amount (" + currency + ")", Element.ALIGN_RIGHT);
            for (InvoiceDocument.Line l : inv.lines()) {
                table.addCell(body(l.description(), Element.ALIGN_LEFT));
                table.addCell(body(l.quantity().toPlainString() + " " + l.unit(), Element.ALIGN_RIGHT));
                table.addCell(body(Long.toString(l.records()), Element.ALIGN_RIGHT));
                table.addCell(body(l.amount().toPlainString(), Element.ALIGN_RIGHT));
            }
            table.setSpacingAfter(12);
            return table;
        }

        private PdfPTable totals() {
            PdfPTable table = grid(2, new float[] {70, 30});
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            total(table, "Subtotal", inv.subtotal().toPlainString(), false);
            for (InvoiceDocument.Tax tax : inv.taxes()) {
                total(table, tax.name() + " " + percent(tax.rate()) + " of " + tax.base().toPlainString(), tax.amount().toPlainString(), false);
            }
            total(table, "Total", inv.total().toPlainString() + " " + currency, true);
            return table;
        }

        private void total(PdfPTable table, String label, String amount, boolean grand) {
            PdfPCell name = new PdfPCell(fonts.phrase(label, grand ? 11 : 10, grand, INK));
            PdfPCell value = new PdfPCell(fonts.phrase(amount, grand ? 11 : 10, grand, INK));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (PdfPCell cell : new PdfPCell[] {name, value}) {
                cell.setBorder(grand ? Rectangle.TOP : Rectangle.NO_BORDER);
                cell.setBorderColor(INK);
                cell.setPadding(4);
                table.addCell(cell);
            }
        }

        private void fact(PdfPTable facts, String name, String value) {
            PdfPCell n = new PdfPCell(fonts.phrase(name, 9, false, MUTED));
            PdfPCell v = new PdfPCell(fonts.phrase(value, 9, false, INK));
            v.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (PdfPCell cell : new PdfPCell[] {n, v}) {
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPadding(2);
                facts.addCell(cell);
            }
        }

        private void head(PdfPTable table, String text, int align) {
            PdfPCell cell = new PdfPCell(fonts.phrase(text, 9, true, INK));
            cell.setHorizontalAlignment(align);
            cell.setBackgroundColor(HEAD_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(5);
            table.addCell(cell);
        }

        private PdfPCell body(String text, int align) {
            PdfPCell cell = new PdfPCell(fonts.phrase(text, 9, false, INK));
            cell.setHorizontalAlignment(align);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(5);
            return cell;
        }

        private Paragraph line(String text, float size, boolean bold, Color color) {
            Paragraph p = new Paragraph(fonts.phrase(text, size, bold, color));
            p.setLeading(size * 1.3f);
            return p;
        }

        private static Paragraph right(Paragraph p) {
            p.setAlignment(Element.ALIGN_RIGHT);
            return p;
        }

        private static PdfPTable grid(int columns, float[] widths) {
            PdfPTable table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            try {
                table.setWidths(widths);
            } catch (DocumentException e) {
                throw new IllegalStateException(e); // only for a widths array of the wrong length
            }
            return table;
        }

        private static PdfPCell plain() {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            return cell;
        }

        private static String date(LocalDate d) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(d);
        }

        /** 0.06 → "6 %", 0.135 → "13.5 %": the rate as entered, moved two places; not money. */
        private static String percent(BigDecimal rate) {
            BigDecimal p = rate.movePointRight(2).stripTrailingZeros();
            return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + " %";
        }

        /** On every page: the DRAFT mark across a preview, and a footer with the number and page. */
        private final class PageMarks extends PdfPageEventHelper {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                Rectangle page = document.getPageSize();
                if (inv.draft()) {
                    // under the content, half transparent: the draft stays readable
                    PdfContentByte under = writer.getDirectContentUnder();
                    under.saveState();
                    PdfGState faint = new PdfGState();
                    faint.setFillOpacity(0.18f);
                    under.setGState(faint);
                    ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase("DRAFT", fonts.font(120, true, DRAFT_RED)),
                            page.getWidth() / 2, page.getHeight() / 2 - 40, 45);
                    under.restoreState();
                }
                String footer = title() + " " + label(inv) + " - page " + writer.getPageNumber()
                        + (inv.generatedAt() == null ? "" : " - generated " + inv.generatedAt());
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, fonts.phrase(footer, 7, false, MUTED),
                        page.getWidth() / 2, 30, 0);
            }
        }
    }
}
