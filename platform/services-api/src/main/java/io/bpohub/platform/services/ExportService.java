package io.bpohub.platform.services;

import io.bpohub.api.documents.TableWriter;
import java.io.OutputStream;

/**
 * Contact and call-record queries written as CSV or Excel, streamed, in the caller's data scope
 * (an agent their own, a team lead their team's, a supervisor their department's). Cells a
 * spreadsheet would run as formulas are written as text.
 */
public interface ExportService {
    /** @return the number of rows written */
    long exportContacts(Caller caller, String tenant, ContactQuery query, TableWriter.Format format, OutputStream out);

    /** @return the number of rows written */
    long exportCalls(Caller caller, String tenant, CallQuery query, TableWriter.Format format, OutputStream out);

    /** The newest {@code limit} calls matching the query (1 to 500), newest first: the search behind recordings and voicemail. */
    java.util.List<CallView> findCalls(Caller caller, String tenant, CallQuery query, int limit);
}
