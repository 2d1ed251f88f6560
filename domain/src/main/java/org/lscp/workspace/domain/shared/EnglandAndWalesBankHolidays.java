package org.lscp.workspace.domain.shared;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Set;

/** The England and Wales bank holidays 2015–2028 (gov.uk), with their names; new partnerships start from these. */
public final class EnglandAndWalesBankHolidays {
    private static final Map<LocalDate, String> DAYS = new TreeMap<>();

    static {
        add("New Year's Day", "2015-01-01", "2016-01-01", "2017-01-02", "2018-01-01", "2019-01-01", "2020-01-01",
                "2021-01-01", "2022-01-03", "2023-01-02", "2024-01-01", "2025-01-01", "2026-01-01", "2027-01-01",
                "2028-01-03");
        add("Good Friday", "2015-04-03", "2016-03-25", "2017-04-14", "2018-03-30", "2019-04-19", "2020-04-10",
                "2021-04-02", "2022-04-15", "2023-04-07", "2024-03-29", "2025-04-18", "2026-04-03", "2027-03-26",
                "2028-04-14");
        add("Easter Monday", "2015-04-06", "2016-03-28", "2017-04-17", "2018-04-02", "2019-04-22", "2020-04-13",
                "2021-04-05", "2022-04-18", "2023-04-10", "2024-04-01", "2025-04-21", "2026-04-06", "2027-03-29",
                "2028-04-17");
        add("Early May bank holiday", "2015-05-04", "2016-05-02", "2017-05-01", "2018-05-07", "2019-05-06",
                "2020-05-08", "2021-05-03", "2022-05-02", "2023-05-01", "2024-05-06", "2025-05-05", "2026-05-04",
                "2027-05-03", "2028-05-01");
        add("Spring bank holiday", "2015-05-25", "2016-05-30", "2017-05-29", "2018-05-28", "2019-05-27",
                "2020-05-25", "2021-05-31", "2022-06-02", "2023-05-29", "2024-05-27", "2025-05-26", "2026-05-25",
                "2027-05-31", "2028-05-29");
        add("Platinum Jubilee bank holiday", "2022-06-03");
        add("State Funeral of Queen Elizabeth II", "2022-09-19");
        add("Coronation of King Charles III", "2023-05-08");
        add("Summer bank holiday", "2015-08-31", "2016-08-29", "2017-08-28", "2018-08-27", "2019-08-26",
                "2020-08-31", "2021-08-30", "2022-08-29", "2023-08-28", "2024-08-26", "2025-08-25", "2026-08-31",
                "2027-08-30", "2028-08-28");
        add("Christmas Day", "2015-12-25", "2016-12-27", "2017-12-25", "2018-12-25", "2019-12-25", "2020-12-25",
                "2021-12-27", "2022-12-27", "2023-12-25", "2024-12-25", "2025-12-25", "2026-12-25", "2027-12-27",
                "2028-12-25");
        add("Boxing Day", "2015-12-28", "2016-12-26", "2017-12-26", "2018-12-26", "2019-12-26", "2020-12-28",
                "2021-12-28", "2022-12-26", "2023-12-26", "2024-12-26", "2025-12-26", "2026-12-28", "2027-12-28",
                "2028-12-26");
    }

    private EnglandAndWalesBankHolidays() {
    }

    private static void add(String name, String... days) {
        for (String day : days) DAYS.put(LocalDate.parse(day), name);
    }

    /** Date → name, in date order. */
    public static Map<LocalDate, String> named() {
        return java.util.Collections.unmodifiableMap(DAYS);
    }

    public static Set<LocalDate> dates() {
        return DAYS.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }
}
