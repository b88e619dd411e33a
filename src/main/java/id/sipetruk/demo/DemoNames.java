package id.sipetruk.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Indonesian personal names for the demo regency, with a South Kalimantan (Banjar) touch. Given names are
 * unambiguous as to gender (no "Nur", "Dian", "Eka"), because a NIP's 15th digit states the holder's sex.
 */
final class DemoNames {

    private DemoNames() {
    }

    static final List<String> MALE_GIVEN = List.of(
            "Ahmad", "Akhmad", "Muhammad", "Abdul", "Rahmat", "Budi", "Agus", "Hendra", "Fajar", "Dedi",
            "Eko", "Yusuf", "Arif", "Hasan", "Irwan", "Joko", "Rudi", "Taufik", "Wahyu", "Ridwan",
            "Syahrial", "Bayu", "Fahmi", "Hairul", "Syaiful", "Mahyudin", "Rusdi", "Zainal", "Anwar", "Ilham",
            "Andi", "Yudi", "Heri", "Lukman", "Iqbal", "Fikri", "Reza", "Zulkifli", "Khairil", "Bambang");

    static final List<String> MALE_SECOND = List.of(
            "Fauzi", "Rizki", "Santoso", "Saputra", "Hidayat", "Prasetyo", "Nugroho", "Ramadhan", "Firdaus",
            "Maulana", "Rahman", "Hakim", "Syahputra", "Kurniawan", "Setiawan", "Anshari", "Fadillah", "Wibowo",
            "Rasyid", "Hairani", "Gunawan", "Suryadi", "Arifin", "Mulyadi", "Rahmadi", "Irawan", "Effendi",
            "Hasbullah", "Supriadi", "Baihaqi", "Zakaria", "Syarifuddin", "Fahrurrazi", "Riduan", "Hamdani");

    static final List<String> FEMALE_GIVEN = List.of(
            "Siti", "Dewi", "Sri", "Rina", "Fitri", "Ratna", "Wulan", "Aisyah", "Rahmah", "Nurul",
            "Lina", "Yuni", "Rini", "Desi", "Maya", "Indah", "Ayu", "Novita", "Fatimah", "Halimah",
            "Mariana", "Intan", "Linda", "Erna", "Yuliana", "Putri", "Anisa", "Melati", "Nadia", "Laila",
            "Salmah", "Mahdalena", "Rusmiati", "Herlina", "Norhasanah");

    static final List<String> FEMALE_SECOND = List.of(
            "Marlina", "Nur'aini", "Rahmawati", "Handayani", "Susanti", "Wahyuni", "Fitriani", "Puspitasari",
            "Anggraini", "Kartika", "Hidayati", "Mahmudah", "Jannah", "Rusmini", "Lestari", "Safitri",
            "Agustina", "Oktaviani", "Permatasari", "Wulandari", "Rahmadani", "Maulida", "Nurhasanah",
            "Yuliani", "Hairunnisa", "Noorhayati", "Aulia", "Khairunnisa", "Fauziah", "Ramadhani");

    /** Leading honorifics and academic prefixes, as printed before a name. */
    static final Set<String> PREFIXES = Set.of("Dr.", "dr.", "Ir.", "Prof.", "H.", "Hj.", "drg.", "apt.");

    static String given(boolean male, Random random) {
        List<String> names = male ? MALE_GIVEN : FEMALE_GIVEN;
        return names.get(random.nextInt(names.size()));
    }

    static String second(boolean male, Random random) {
        List<String> names = male ? MALE_SECOND : FEMALE_SECOND;
        return names.get(random.nextInt(names.size()));
    }

    /** "Dr. Hj. Siti Nur'aini, S.Pd., M.M." → "Siti Nur'aini": the name without titles. */
    static String bareName(String fullName) {
        String name = fullName;
        int comma = name.indexOf(',');
        if (comma >= 0) {
            name = name.substring(0, comma);
        }
        String[] words = name.trim().split("\\s+");
        int first = 0;
        while (first < words.length - 1 && PREFIXES.contains(words[first])) {
            first++;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(first, words.length));
    }
}
