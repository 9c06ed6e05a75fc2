package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.row;
import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The calendar and routing pages on the demo data: acme is HYBRID in Asia/Shanghai with the default
 * hours, Monday to Friday 09:00–18:00, so a holiday on a weekday hands that whole day to the agency.
 * The timeline and the decisions come from the hot-deployable routing bundle of the distribution.
 */
public class CalendarRoutingConsoleTest extends ConsoleTestSupport {
    private static final ZoneId ACME_ZONE = ZoneId.of("Asia/Shanghai");

    /** A future week (Monday, acme's local date) and the Wednesday of it made a holiday. */
    private static final LocalDate WEEK = LocalDate.now(ACME_ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);
    private static final LocalDate HOLIDAY = WEEK.with(DayOfWeek.WEDNESDAY);
    private static final String HOLIDAY_NAME = "Browser test holiday " + RUN;

    @Test
    public void agencyAdminAddsHolidayAndEmergencyThenTheRoutingWeekHandsTheHolidayToTheAgency() {
        browser.login(ADMIN, ADMIN_PASSWORD);
        assertTrue("agency admins have the agency calendar in the header", browser.displayed(By.id("nav-agency-calendar")).isPresent());
        browser.awaitLoaded("tenants-table");
        browser.visible(row("tenant-row", "data-slug", "acme")).findElement(test("tenant-calendar")).click();

        // acme's calendar: its zone and the default weekly hours in force.
        browser.await().until(ExpectedConditions.attributeToBe(By.id("calendar-page"), "data-owner", "acme"));
        browser.awaitFormResult("calendar-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(By.id("calendar-content"), "data-loaded", "true"));
        assertEquals("Asia/Shanghai", browser.driver.findElement(test("calendar-zone-id")).getAttribute("data-zone"));
        WebElement inForce = browser.driver.findElement(By.cssSelector("[data-test='weekly-version'][data-state='current']"));
        assertEquals("09:00–18:00", weeklyCell(inForce, "MONDAY"));
        assertEquals("09:00–18:00", weeklyCell(inForce, "FRIDAY"));
        assertEquals("closed", weeklyCell(inForce, "SUNDAY"));

        // A holiday, closed all day, on the Wednesday of the chosen week.
        browser.setValue(By.id("day-date"), HOLIDAY.toString());
        browser.select(By.id("day-kind"), "HOLIDAY");
        browser.type(By.id("day-name"), HOLIDAY_NAME);
        browser.driver.findElement(By.id("day-hours")).clear();
        browser.driver.findElement(By.id("day-add")).click();
        By holidayRow = row("day-row", "data-date", HOLIDAY.toString());
        WebElement entry = browser.awaitFormResult("day-form-error", ConsoleBrowser.WAIT,
                ExpectedConditions.visibilityOfElementLocated(holidayRow));
        assertEquals("HOLIDAY", entry.getAttribute("data-kind"));
        assertEquals(HOLIDAY_NAME, entry.findElement(test("day-name")).getText());
        assertEquals("closed all day", entry.findElement(test("day-hours")).getText());
        assertEquals("manual", entry.findElement(test("day-source")).getText());

        // An emergency closure needs a reason; set, it shows who and why; cleared, the calendar applies again.
        browser.select(By.id("emergency-mode"), "CLOSED_NOW");
        browser.driver.findElement(By.id("emergency-reason")).clear();
        browser.driver.findElement(By.id("emergency-set")).click();
        WebElement refusal = browser.visible(By.id("emergency-error"));
        assertEquals("reason", refusal.findElement(By.cssSelector("[data-test='problem-field'] code")).getText());
        assertEquals("NONE", browser.driver.findElement(By.id("emergency-state")).getAttribute("data-mode"));

        String reason = "Typhoon signal 8, office closed (" + RUN + ")";
        browser.type(By.id("emergency-reason"), reason);
        browser.driver.findElement(By.id("emergency-set")).click();
        browser.awaitFormResult("emergency-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(By.id("emergency-state"), "data-mode", "CLOSED_NOW"));
        WebElement emergency = browser.driver.findElement(By.id("emergency-state"));
        assertEquals(ADMIN, emergency.findElement(test("emergency-set-by")).getText());
        assertEquals(reason, emergency.findElement(test("emergency-reason-shown")).getText());
        assertFalse("since when", emergency.findElement(test("emergency-since")).getAttribute("datetime").isBlank());

        browser.driver.findElement(By.id("emergency-clear")).click();
        browser.awaitFormResult("emergency-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(By.id("emergency-state"), "data-mode", "NONE"));
        assertTrue(browser.visible(By.id("emergency-message")).getText().contains("cleared"));

        // The routing page of acme, for the holiday's week: picked by date, then next and previous week.
        browser.driver.findElement(By.id("calendar-routing-link")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("routing-page"), "data-tenant", "acme"));
        browser.await().until(ExpectedConditions.attributeToBe(By.id("routing-page"), "data-zone", "Asia/Shanghai"));
        awaitWeek(LocalDate.now(ACME_ZONE).with(DayOfWeek.MONDAY));
        browser.setValue(By.id("week-date"), HOLIDAY.toString());
        awaitWeek(WEEK);
        browser.driver.findElement(By.id("week-next")).click();
        awaitWeek(WEEK.plusWeeks(1));
        browser.driver.findElement(By.id("week-prev")).click();
        awaitWeek(WEEK);
        assertTrue(browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().contains("start=" + WEEK));

        // The holiday: marked on its label, the agency all day.
        WebElement holiday = day(HOLIDAY);
        assertEquals(HOLIDAY_NAME, holiday.getAttribute("data-holiday"));
        assertTrue(holiday.findElement(test("day-mark")).getText().contains(HOLIDAY_NAME));
        List<WebElement> holidaySegments = holiday.findElements(test("timeline-segment"));
        assertFalse("the holiday has segments", holidaySegments.isEmpty());
        assertTrue("the holiday is the agency's all day: " + describe(holidaySegments),
                holidaySegments.stream().allMatch(s -> "AGENCY".equals(s.getAttribute("data-handler"))));
        assertEquals("00:00", holidaySegments.get(0).getAttribute("data-from-local"));
        assertEquals("24:00", holidaySegments.get(holidaySegments.size() - 1).getAttribute("data-to-local"));

        // The other weekdays: in-house 09:00–18:00 local; the weekend: the agency only.
        for (int i = 0; i < 7; i++) {
            LocalDate date = WEEK.plusDays(i);
            if (date.equals(HOLIDAY)) {
                continue;
            }
            List<WebElement> inHouse = day(date).findElements(By.cssSelector("[data-test='timeline-segment'][data-handler='IN_HOUSE']"));
            String shown = describe(day(date).findElements(test("timeline-segment")));
            if (date.getDayOfWeek().getValue() <= 5) {
                assertEquals(date + " has one in-house stretch: " + shown, 1, inHouse.size());
                assertEquals(date + ": " + shown, "09:00", inHouse.get(0).getAttribute("data-from-local"));
                assertEquals(date + ": " + shown, "18:00", inHouse.get(0).getAttribute("data-to-local"));
            } else {
                assertTrue(date + " is the agency's: " + shown, inHouse.isEmpty());
            }
        }
        // The tooltip of the holiday says which rule and which calendar entry.
        new Actions(browser.driver).moveToElement(holidaySegments.get(0)).perform();
        WebElement tip = browser.visible(By.cssSelector("[data-test='timeline-day'][data-date='" + HOLIDAY
                + "'] [data-test='timeline-segment'] .segment-tip"));
        assertTrue(tip.getText(), tip.getText().contains("Rule: " + holidaySegments.get(0).getAttribute("data-rule")));
        assertTrue(tip.getText(), tip.getText().contains(holidaySegments.get(0).getAttribute("data-label")));
        browser.screenshot(buildDir.resolve("console-routing.png"));

        // The decision tester: Thursday 10:00 in Shanghai, an in-house agent free, no wait.
        LocalDate thursday = WEEK.with(DayOfWeek.THURSDAY);
        browser.setValue(By.id("decide-at"), thursday + "T10:00");
        String instant = thursday.atTime(LocalTime.of(10, 0)).atZone(ACME_ZONE).toInstant().toString();
        assertTrue(browser.driver.findElement(By.id("decide-instant")).getText().contains(instant));
        WebElement available = browser.driver.findElement(By.id("decide-available"));
        if (!available.isSelected()) {
            available.click();
        }
        browser.type(By.id("decide-waited"), "0");
        browser.driver.findElement(By.id("decide-submit")).click();
        WebElement decision = browser.awaitFormResult("decide-error", ConsoleBrowser.WAIT, d -> {
            WebElement result = d.findElement(By.id("decide-result"));
            return "true".equals(result.getAttribute("data-loaded")) && instant.equals(result.getAttribute("data-at")) ? result : null;
        });
        assertEquals("IN_HOUSE", decision.getAttribute("data-handler"));
        assertEquals("In-house", decision.findElement(test("decide-handler")).getText());
        assertFalse(decision.findElement(test("decide-rule")).getText().isBlank());
        String explanation = decision.findElement(test("decide-explanation")).getText();
        assertTrue("a sentence a person can read: " + explanation, explanation.length() > 20);
        assertTrue("it speaks of in-house handling: " + explanation, explanation.toLowerCase().contains("in-house"));
        browser.screenshot(buildDir.resolve("console-routing-decision.png"));

        // Back on the calendar, the holiday is removed again (reruns against a kept server start clean).
        browser.driver.findElement(By.id("routing-calendar-link")).click();
        browser.awaitFormResult("calendar-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(By.id("calendar-content"), "data-loaded", "true"));
        browser.visible(holidayRow).findElement(test("day-remove")).click();
        browser.awaitFormResult("days-error", ConsoleBrowser.WAIT, ExpectedConditions.invisibilityOfElementLocated(holidayRow));
        assertTrue(browser.visible(By.id("days-message")).getText().contains("removed"));
    }

    @Test
    public void tenantAdminOfGlobexSeesOwnCalendarAndIsRefusedAcmes() {
        browser.login(GLOBEX_ADMIN, GLOBEX_ADMIN_PASSWORD);
        browser.visible(By.id("nav-calendar")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("calendar-page"), "data-owner", "globex"));
        browser.awaitFormResult("calendar-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(By.id("calendar-content"), "data-loaded", "true"));
        assertEquals("America/New_York", browser.driver.findElement(test("calendar-zone-id")).getAttribute("data-zone"));
        assertTrue("no owner picker for a tenant admin", browser.driver.findElements(By.id("calendar-owner-select")).isEmpty());

        browser.driver.get(browser.consoleUrl() + "#/calendar/acme");
        browser.await().until(ExpectedConditions.attributeToBe(By.id("calendar-page"), "data-owner", "acme"));
        WebElement refusal = browser.visible(By.id("calendar-error"));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-title")).getText().startsWith("403"));
        assertTrue(refusal.getText(), refusal.findElement(test("refusal")).getText().contains("acme"));
        assertFalse("nothing of acme's calendar shown", browser.displayed(By.id("calendar-content")).isPresent());
        assertTrue(browser.driver.findElements(test("weekly-version")).isEmpty());

        browser.driver.get(browser.consoleUrl() + "#/routing/acme");
        browser.await().until(ExpectedConditions.attributeToBe(By.id("routing-page"), "data-tenant", "acme"));
        WebElement routingRefusal = browser.visible(By.id("routing-error"));
        assertTrue(routingRefusal.getText(), routingRefusal.findElement(test("problem-title")).getText().startsWith("403"));
        assertFalse("no timeline of acme", browser.displayed(By.id("timeline")).isPresent());
        assertTrue("still signed in as " + GLOBEX_ADMIN, browser.displayed(By.id("app-header")).isPresent());
    }

    /** Waits until the timeline shows the week from this Monday; fails with the problem the page shows. */
    private static void awaitWeek(LocalDate monday) {
        browser.await().until(d -> {
            WebElement timeline = d.findElement(By.id("timeline"));
            if (!monday.toString().equals(timeline.getAttribute("data-start"))) {
                return false;
            }
            if ("error".equals(timeline.getAttribute("data-loaded"))) {
                Optional<WebElement> problem = browser.displayed(By.id("week-error"));
                throw new AssertionError("The week of " + monday + " could not be shown: "
                        + problem.map(WebElement::getText).orElse("(no problem shown)"));
            }
            return "true".equals(timeline.getAttribute("data-loaded"));
        });
        assertEquals(7, browser.driver.findElements(test("timeline-day")).size());
    }

    private static WebElement day(LocalDate date) {
        return browser.driver.findElement(row("timeline-day", "data-date", date.toString()));
    }

    private static String weeklyCell(WebElement version, String day) {
        return version.findElement(By.cssSelector("[data-test='weekly-cell'][data-day='" + day + "']")).getText();
    }

    private static String describe(List<WebElement> segments) {
        return segments.stream().map(s -> s.getAttribute("data-handler") + " " + s.getAttribute("data-from-local") + "–"
                + s.getAttribute("data-to-local") + " " + s.getAttribute("data-rule") + " (" + s.getAttribute("data-label") + ")")
                .collect(Collectors.joining(", "));
    }
}
