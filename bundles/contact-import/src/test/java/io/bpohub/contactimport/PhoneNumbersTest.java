package io.bpohub.contactimport;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** E.164 normalisation of the formats real lists (and the B2 generator) contain, and time zones. */
public class PhoneNumbersTest {
    private final PhoneNumbers phones = new PhoneNumbers();

    private String e164(String cell) {
        return phones.normalize(cell, "CN").e164;
    }

    private String error(String cell) {
        PhoneNumbers.Result r = phones.normalize(cell, "CN");
        assertNull(cell + " should be rejected, got " + r.e164, r.e164);
        return r.error;
    }

    @Test
    public void chineseMobileInEveryFormatOfTheGeneratorIsOneNumber() {
        for (String cell : List.of("13800138000", "+8613800138000", "+86 138 0013 8000", "138-0013-8000", "008613800138000",
                "86-13800138000", "１３８００１３８０００")) {
            assertEquals(cell, "+8613800138000", e164(cell));
        }
    }

    @Test
    public void chineseLandlinesKeepTheirAreaCodeWithoutTheTrunkZero() {
        for (String cell : List.of("01065529988", "(010) 6552-9988", "+86 10 65529988", "010-65529988")) {
            assertEquals(cell, "+861065529988", e164(cell));
        }
        assertEquals("+8675588881234", e164("(0755) 8888-1234"));
    }

    @Test
    public void foreignNumbersNeedTheirCountryCodeOrAnInternationalPrefix() {
        for (String cell : List.of("+1 (212) 345-6789", "+12123456789", "001 212 345 6789")) {
            assertEquals(cell, "+12123456789", e164(cell));
        }
        for (String cell : List.of("+44 7911 123456", "+447911123456", "0044 7911123456")) {
            assertEquals(cell, "+447911123456", e164(cell));
        }
        // the same digits without a country code are read in the row's region: New York in the US, Shanghai in China
        assertEquals("+12123456789", phones.normalize("(212) 345-6789", "US").e164);
        assertEquals("+862123456789", e164("(212) 345-6789"));
    }

    @Test
    public void unusableCellsAreRejectedWithAReason() {
        assertEquals("not a valid number in CN", error("12345678901"));        // no such prefix
        assertEquals("not a valid number in CN", error("1381234"));            // too short for a mobile
        assertEquals("not a valid number in CN", error("00000000000"));
        assertEquals("not a valid number in CN", error("+86 138 123456789012"));
        assertEquals("contains letters", error("138-ABCD-1234"));             // not read as a vanity number
        assertEquals("contains letters", error("n/a"));
        assertEquals("unknown or missing country code", error("+999 1234 5678"));
    }

    @Test
    public void separatorsAreDroppedBeforeLibphonenumberButNothingElse() {
        assertEquals("+8613800138000", PhoneNumbers.compact("+86 (138) 0013-8000"));
        assertEquals("01065529988", PhoneNumbers.compact(" 010.6552 9988 "));
        assertEquals("13800138000", PhoneNumbers.compact("13800138000"));
        assertEquals("86+13800138000", PhoneNumbers.compact("86+13800138000"));
        assertEquals("138 0013 8000 #12", PhoneNumbers.compact("138 0013 8000 #12"));
        assertEquals("13800138000/13900139000", PhoneNumbers.compact("13800138000/13900139000"));
    }

    @Test
    public void extensionsAreLeftOutOfTheNumber() {
        assertEquals("+861065529988", e164("+86 10 65529988 ext 12"));
        assertEquals("+861065529988", e164("010-65529988 转 8"));
        assertEquals("+861065529988", e164("010-65529988 x12"));
    }

    @Test
    public void timeZonesComeFromTheNumberAndAreNarrowedOrWidenedByThePlace() {
        PhoneNumbers.Result china = phones.normalize("13800138000", "CN");
        assertEquals(List.of("Asia/Shanghai"), china.zones);
        assertEquals("Asia/Shanghai", Classifier.zones(china, "北京市", null));
        PhoneNumbers.Result newYork = phones.normalize("+1 212 345 6789", "CN");
        assertEquals(List.of("America/New_York"), newYork.zones);
        // the number and the address disagree: both zones are kept, calling hours use the window valid in both
        assertEquals("America/New_York,Asia/Shanghai", Classifier.zones(newYork, null, "广东省深圳市南山区科技园"));
        // a UK mobile can be in four zones; the city picks one of them
        PhoneNumbers.Result uk = phones.normalize("+44 7911 123456", "CN");
        assertTrue(uk.zones.size() > 1);
        assertEquals("Europe/London", Classifier.zones(uk, "London", null));
        assertEquals(String.join(",", uk.zones), Classifier.zones(uk, "Springfield", null));
        // a number the mapper cannot place takes the place's zone
        PhoneNumbers.Result unplaced = new PhoneNumbers.Result();
        unplaced.zones = List.of();
        assertEquals("America/New_York", Classifier.zones(unplaced, "New York", null));
        assertNull(Classifier.zones(unplaced, null, null));
    }

    @Test
    public void placesAreFoundInCitiesAndAddressesButNotGuessed() {
        assertEquals("Asia/Shanghai", ZoneHints.city("上海"));
        assertEquals("Asia/Shanghai", ZoneHints.city("Shenzhen"));
        assertEquals("Asia/Hong_Kong", ZoneHints.city("香港"));
        assertEquals("America/Los_Angeles", ZoneHints.city("los angeles"));
        assertEquals("Asia/Shanghai", ZoneHints.city("Asia/Shanghai"));
        assertEquals("America/New_York", ZoneHints.address("350 5th Avenue, New York, NY 10118"));
        assertNull(ZoneHints.city("Springfield"));
        // words of addresses that old zone ids use ("US/Eastern", "Australia/West") are not places
        assertNull(ZoneHints.address("12 West Street, Central District"));
    }
}
