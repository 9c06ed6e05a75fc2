package io.bpohub.api.documents;

import java.io.IOException;
import java.io.OutputStream;

/** Prints invoices and credit notes. */
public interface InvoiceRenderer {
    /** Writes the document as a PDF (A4); a preview (no number) carries a visible DRAFT mark. */
    void pdf(InvoiceDocument invoice, OutputStream out) throws IOException;
}
