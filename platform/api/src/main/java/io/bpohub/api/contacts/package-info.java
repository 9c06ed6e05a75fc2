/**
 * Contact lists: importing CSV and Excel files into a campaign with data qualification, and the
 * do-not-call lists that are checked at import and again at dial time.
 * <p>
 * A {@link io.bpohub.api.contacts.ContactImporter} reads a file with the user's
 * {@link io.bpohub.api.contacts.ColumnMapping}, normalises phone numbers to E.164, rejects unusable
 * rows with their row number and a {@link io.bpohub.api.contacts.RejectReason}, and writes the accepted
 * rows into the tenant database the caller passes in. Imports are durable and resumable: every batch
 * of rows commits together with the import's checkpoint, so an interrupted import
 * ({@link io.bpohub.api.contacts.ImportState#RUNNING} after a crash) finishes with
 * {@link io.bpohub.api.contacts.ContactImporter#resume} and never writes a row twice.
 * A {@link io.bpohub.api.contacts.DoNotCallRegistry} keeps a database's do-not-call numbers; the
 * agency-wide list lives in the control database and the caller passes it in as a
 * {@link io.bpohub.api.contacts.DoNotCallList}.
 * <p>
 * The callers own connections, permissions and files: implementations never open a database or keep
 * a file themselves.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.contacts;
