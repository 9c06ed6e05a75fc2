package io.bpohub.api.billing;

/** The unit of a charge's quantity: seconds (talk or seat time), message parts (SMS part, email, fax page), orders, months (the platform fee). */
public enum QuantityUnit { SECOND, PART, ORDER, MONTH }
