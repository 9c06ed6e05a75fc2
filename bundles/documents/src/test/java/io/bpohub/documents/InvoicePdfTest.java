package io.bpohub.documents;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.Rectangle;
import io.bpohub.api.documents.InvoiceDocument;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.bpohub.documents.Invoices.d;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class InvoicePdfTest {
    private static void assertContains(String text, String... parts) {
        for (String part : parts) assertTrue("missing \"" + part + "\" in:\n" + text, text.contains(part));
    }

    @Test
    public void anInvoicePrintsItsNumberLinesTaxAndTotalOnA4() throws IOException {
        byte[] pdf = Invoices.render(Invoices.invoice("INV-2026-00042"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        Rectangle page = reader.getPageSize(1);
        assertEquals(PageSize.A4.getWidth(), page.getWidth(), 0.01);
        assertEquals(PageSize.A4.getHeight(), page.getHeight(), 0.01);
        reader.close();

        String text = Invoices.text(pdf);
        assertContains(text, "Invoice", "No. INV-2026-00042", "BPO Hub Agency Ltd", "Period", "2026-11",
                "Issue date", "2026-12-01", "Due date", "2026-12-31",
                "Talk time, inbound", "1234.5 minutes", "842", "740.70",
                "Seat time", "160.00 agent-hours", "2000.00", "0.00",
                "Subtotal", "2740.70", "VAT 6 % of 2740.70", "164.44", "Total", "2905.14 CNY", "Amount (CNY)");
        assertFalse(text, text.contains("DRAFT"));
        assertFalse(text, text.contains("Credit note"));
    }

    @Test
    public void chineseNamesAndAddressesArePrinted() throws IOException {
        PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();
        assertTrue("OpenPDF's STSong-Light / UniGB-UCS2-H should be available", renderer.printsChinese());
        byte[] pdf = Invoices.render(Invoices.invoice("INV-2026-00042"));
        // the Chinese characters are shown in STSong-Light; digits and Latin letters stay in Helvetica
        assertEquals("北京科技有限公司朝阳区建国路号北京", Invoices.chineseText(pdf));
        String latin = Invoices.text(pdf);
        assertContains(latin, "88", "100022", "BPO Hub Agency Ltd");
    }

    @Test
    public void aCreditNoteNamesTheInvoiceItCorrectsAndPrintsNegativeAmountsAsGiven() throws IOException {
        String text = Invoices.text(Invoices.render(Invoices.creditNote()));
        assertContains(text, "Credit note", "No. CN-2026-00003", "corrects invoice INV-2026-00042", "Corrects",
                "Talk time billed twice on 2026-11-14", "-120.0 minutes", "37", "-72.00", "VAT 6 % of -72.00", "-4.32", "-76.32 CNY");
        assertFalse(text, text.contains("DRAFT"));
    }

    @Test
    public void aPreviewWithoutNumberSaysDraftInTheTitleAndAcrossThePage() throws IOException {
        byte[] pdf = Invoices.render(Invoices.invoice(null));
        String text = Invoices.text(pdf);
        assertContains(text, "Invoice", "DRAFT", "2905.14 CNY");
        assertFalse(text, text.contains("No. "));

        PdfReader reader = new PdfReader(pdf);
        String content = new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1);
        reader.close();
        // the watermark: 120 pt text turned 45 degrees (cos = sin = 0.70711 in the text matrix)
        assertTrue(content, content.contains("120 Tf"));
        assertTrue(content, content.contains("0.70711 0.70711 -0.70711 0.70711"));
        assertTrue(content, content.contains("(DRAFT)"));
    }

    @Test
    public void amountsArePrintedAsGivenNeverRecomputed() throws IOException {
        // deliberately inconsistent: the renderer must show billing's figures, not its own sums
        InvoiceDocument odd = new InvoiceDocument("INV-2026-00050", InvoiceDocument.Kind.INVOICE, "2026-11", null, null, null,
                Invoices.AGENCY, Invoices.TENANT, "EUR",
                List.of(new InvoiceDocument.Line("TALK", "Talk", d("1"), "minutes", 1, d("1.10")),
                        new InvoiceDocument.Line("TALK", "Talk", d("1"), "minutes", 1, d("2.20"))),
                d("99.990"), List.of(new InvoiceDocument.Tax("VAT", d("0.2"), d("99.990"), d("0.001"))), d("123.45600"), null);
        String text = Invoices.text(Invoices.render(odd));
        assertContains(text, "1.10", "2.20", "99.990", "VAT 20 % of 99.990", "0.001", "123.45600 EUR");
        assertFalse(text, text.contains("3.30"));
        assertFalse("no dates were given, none are printed", text.contains("Issue date"));
    }

    @Test
    public void aLongInvoiceRunsOverPagesWithTheTableHeaderAndFooterOnEachPage() throws IOException {
        byte[] pdf = Invoices.render(Invoices.withLines(120));
        String[] pages = Invoices.text(pdf).split("\f");
        assertTrue("pages: " + pages.length, pages.length >= 2);
        for (int i = 0; i < pages.length; i++) {
            assertContains(pages[i], "Description", "Amount (CNY)", "Invoice INV-2026-00077 - page " + (i + 1));
        }
        assertContains(pages[pages.length - 1], "Campaign 120", "Total", "720.00 CNY");
    }

    @Test
    public void theCallersStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PdfInvoiceRenderer().pdf(Invoices.invoice("INV-2026-00042"), new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        });
        assertFalse(closed[0]);
        assertTrue(Invoices.text(bytes.toByteArray()).contains("INV-2026-00042"));
    }
}
