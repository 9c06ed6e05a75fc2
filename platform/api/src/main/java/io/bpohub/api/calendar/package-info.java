/**
 * Business calendars: weekly open hours per time zone, public holidays, special working days and
 * an emergency switch, with effective-dated weekly hours.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.calendar;
