/**
 * Documents the platform hands to people: invoices and credit notes as PDF, and tables (charge
 * detail, call records, contacts, rejects) as CSV or Excel. Implementations are hot-deployable
 * bundles that register {@link io.bpohub.api.documents.InvoiceRenderer} and
 * {@link io.bpohub.api.documents.TableWriter}; callers never see the libraries behind them.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.documents;
