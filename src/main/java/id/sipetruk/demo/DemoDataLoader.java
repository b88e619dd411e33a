package id.sipetruk.demo;

import id.sipetruk.demo.DemoRegency.DemoOpd;
import id.sipetruk.demo.DemoRegency.Education;
import id.sipetruk.demo.DemoRegency.Post;
import id.sipetruk.demo.DemoRegency.Rank;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Nip;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: fills SI PETRUK's tables with the synthetic regency of {@link DemoRegency} (fictional
 * "Kabupaten Sukamaju Raya"): 12 OPDs and about 270 civil servants with valid NIPs, titled names, positions
 * and ranks. Deterministic (fixed seeds), so every demo shows the same people.
 *
 * <p>Idempotent: a demo OPD whose code exists already is left alone together with its staff, so a restart
 * adds nothing. {@link id.sipetruk.setup.StartupSetup} calls {@link #load()} first.
 */
@Component
@Profile("demo")
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Seed of the generator; changing it changes every demo person. */
    static final long SEED = 20_231_019L;
    /** Last year a generated person may have been appointed (TMT CPNS). */
    private static final int LAST_APPOINTMENT_YEAR = 2023;
    private static final int[] APPOINTMENT_MONTHS = {1, 1, 1, 2, 3, 3, 4, 12};

    /** A demo civil servant before it is stored. */
    public record DemoEmployee(String opdCode, String nip, String name, String position, String rankGrade,
                               boolean male) {
    }

    private final OpdRepository opdRepository;
    private final EmployeeRepository employeeRepository;

    public DemoDataLoader(OpdRepository opdRepository, EmployeeRepository employeeRepository) {
        this.opdRepository = opdRepository;
        this.employeeRepository = employeeRepository;
    }

    /** Codes of the demo OPDs, e.g. "disdik". */
    public static List<String> opdCodes() {
        return DemoRegency.codes();
    }

    /** Stores every demo OPD that does not exist yet, with its staff. */
    @Transactional
    public void load() {
        List<DemoEmployee> people = generate();
        int opds = 0;
        int employees = 0;
        int skipped = 0;
        for (DemoOpd demoOpd : DemoRegency.OPDS) {
            if (opdRepository.findByCode(demoOpd.code()).isPresent()) {
                skipped++;
                continue;
            }
            Opd opd = opdRepository.save(new Opd(demoOpd.code(), demoOpd.name()));
            opds++;
            List<Employee> staff = new ArrayList<>();
            for (DemoEmployee person : people) {
                if (!person.opdCode().equals(demoOpd.code())) {
                    continue;
                }
                if (employeeRepository.findByNip(person.nip()).isPresent()) {
                    LOG.warn("Demo NIP {} is taken already; {} is not added", person.nip(), person.name());
                    continue;
                }
                staff.add(new Employee(person.nip(), person.name(), person.position(), person.rankGrade(), opd));
            }
            employeeRepository.saveAll(staff);
            employees += staff.size();
        }
        if (opds == 0) {
            LOG.info("Demo data: all {} demo OPDs exist already, nothing loaded", DemoRegency.OPDS.size());
        } else {
            LOG.info("Demo data: loaded {} OPDs and {} employees ({} demo OPDs existed already)", opds, employees,
                    skipped);
        }
    }

    /** The demo staff of every demo OPD, the same on every call. Each NIP passes {@link Nip#parse}. */
    public static List<DemoEmployee> generate() {
        Set<String> nips = new HashSet<>();
        Set<String> bareNames = new HashSet<>();
        for (DemoOpd opd : DemoRegency.OPDS) {
            for (Post post : opd.posts()) {
                if (post.anchorName() != null) {
                    bareNames.add(DemoNames.bareName(post.anchorName()));
                }
            }
        }
        List<DemoEmployee> people = new ArrayList<>();
        for (DemoOpd opd : DemoRegency.OPDS) {
            // one generator per OPD, so that adding an OPD at the end changes nobody else
            Random random = new Random(SEED ^ opd.code().hashCode());
            for (Post post : opd.posts()) {
                for (int i = 0; i < post.count(); i++) {
                    people.add(person(opd, post, random, nips, bareNames));
                }
            }
        }
        return people;
    }

    private static DemoEmployee person(DemoOpd opd, Post post, Random random, Set<String> nips,
                                       Set<String> bareNames) {
        Education education = post.education();
        boolean male = post.anchorMale() != null ? post.anchorMale() : random.nextDouble() < education.maleShare();
        Rank min = DemoRegency.rank(post.minRank());
        Rank max = DemoRegency.rank(post.maxRank());
        Rank rank = DemoRegency.RANKS.get(min.index() + random.nextInt(max.index() - min.index() + 1));
        String suffix = education.suffixes().get(random.nextInt(education.suffixes().size()));

        // career: entry rank by schooling (SMA II/a, D3 II/c, S1 III/a, physician III/b), about four years a rank
        int entryRank = suffix.isEmpty() && education.prefix().isEmpty() ? 0
                : suffix.startsWith("A.Md") ? 2 : education.prefix().equals("dr.") ? 5 : 4;
        int serviceYears = Math.max(1, (rank.index() - entryRank) * 4 + random.nextInt(4));
        int appointmentYear = LAST_APPOINTMENT_YEAR - serviceYears + 1 - random.nextInt(2);
        int entryAge = (entryRank == 0 ? 19 : entryRank == 2 ? 22 : 24) + random.nextInt(6);
        LocalDate birth = LocalDate.of(appointmentYear - entryAge, 1 + random.nextInt(12), 1 + random.nextInt(28));
        YearMonth appointment = YearMonth.of(appointmentYear,
                APPOINTMENT_MONTHS[random.nextInt(APPOINTMENT_MONTHS.length)]);

        String name = post.anchorName() != null ? post.anchorName()
                : name(male, birth, education, suffix, random, bareNames);
        String nip = nip(birth, appointment, male, random, nips);
        return new DemoEmployee(opd.code(), nip, name, post.position(), rank.label(), male);
    }

    private static String name(boolean male, LocalDate birth, Education education, String suffix, Random random,
                               Set<String> bareNames) {
        String bare;
        do {
            bare = DemoNames.given(male, random) + " " + DemoNames.second(male, random);
        } while (!bareNames.add(bare));
        StringBuilder name = new StringBuilder();
        if (!education.prefix().isEmpty()) {
            name.append(education.prefix()).append(' ');
        }
        if (birth.getYear() < 1982 && random.nextInt(4) == 0) {
            name.append(male ? "H. " : "Hj. ");
        }
        name.append(bare);
        if (!suffix.isEmpty()) {
            name.append(", ").append(suffix);
        }
        return name.toString();
    }

    private static String nip(LocalDate birth, YearMonth appointment, boolean male, Random random, Set<String> nips) {
        String prefix = String.format("%04d%02d%02d%04d%02d%d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), appointment.getYear(), appointment.getMonthValue(), male ? 1 : 2);
        String nip;
        int bound = 9;
        do {
            nip = prefix + String.format("%03d", 1 + random.nextInt(bound));
            bound = Math.min(999, bound * 2);
        } while (!nips.add(nip));
        return Nip.parse(nip).value();
    }
}
