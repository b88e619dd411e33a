package id.sipetruk.assessment;

import static id.sipetruk.assessment.EvidenceFixtures.JPEG;
import static id.sipetruk.assessment.EvidenceFixtures.PDF;
import static id.sipetruk.assessment.EvidenceFixtures.PNG;
import static id.sipetruk.assessment.EvidenceFixtures.TEXT;
import static id.sipetruk.assessment.EvidenceFixtures.sized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.StatusPaths;
import id.sipetruk.common.FileSizes;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.OpdGroups;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** EvidenceService on the real schema: what is accepted, what is refused, and that a refusal stores nothing. */
@SpringBootTest
class EvidenceServiceTest {

    @Autowired EvidenceService evidence;
    @Autowired EvidenceRepository repository;
    @Autowired NominationRepository nominations;
    @Autowired EvidenceFixtures fixtures;
    @Autowired EntityManager entityManager;
    @Autowired IdentityService identityService;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void acceptsPdfJpegAndPng_byContent_andKeepsName_type_size_uploader() throws Exception {
        Nomination n = fixtures.nomination();

        Evidence pdf = evidence.upload(n.getCode(), "Sertifikat Diklat.pdf", PDF, "admin.uji");
        Evidence jpeg = evidence.upload(n.getCode(), "foto kegiatan.JPG", JPEG, "admin.uji");
        Evidence png = evidence.upload(n.getCode(), "C:\\Users\\uji\\tangkapan layar.png", PNG, "admin.uji");

        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(jpeg.getContentType()).isEqualTo("image/jpeg");
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(png.getFileName()).isEqualTo("tangkapan layar.png");

        List<EvidenceSummary> listed = evidence.list(n.getCode());
        assertThat(listed).extracting(EvidenceSummary::getFileName)
                .containsExactly("Sertifikat Diklat.pdf", "foto kegiatan.JPG", "tangkapan layar.png");
        assertThat(listed).extracting(EvidenceSummary::typeLabel).containsExactly("PDF", "JPEG", "PNG");
        assertThat(listed).extracting(EvidenceSummary::getSizeBytes)
                .containsExactly((long) PDF.length, (long) JPEG.length, (long) PNG.length);
        assertThat(listed).extracting(EvidenceSummary::getUploadedBy).containsOnly("admin.uji");
        assertThat(listed).allSatisfy(e -> assertThat(e.getUploadedAt()).isNotNull());

        Evidence stored = evidence.find(n.getCode(), png.getId()).orElseThrow();
        assertThat(stored.getContent()).isEqualTo(PNG);
        assertThat(stored.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
        // a file is only found with its own nomination
        assertThat(evidence.find("TIDAK-ADA", png.getId())).isEmpty();
    }

    @Test
    void aTextFileNamedPdf_isRefused_andNothingIsStored() {
        Nomination n = fixtures.nomination();

        assertThatThrownBy(() -> evidence.upload(n.getCode(), "laporan.pdf", TEXT, "admin.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Berkas \"laporan.pdf\" bukan PDF, JPEG atau PNG.");
        assertThatThrownBy(() -> evidence.upload(n.getCode(), "kosong.pdf", new byte[0], "admin.uji"))
                .isInstanceOf(ValidationException.class).hasMessage("Berkas \"kosong.pdf\" kosong.");
        // a PNG signature cut short is not a PNG
        assertThatThrownBy(() -> evidence.upload(n.getCode(), "potong.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "admin.uji")).isInstanceOf(ValidationException.class);
        assertThat(repository.totalSize(n.getId())).isZero();
        assertThat(evidence.list(n.getCode())).isEmpty();
    }

    @Test
    void aFileOverTheLimit_isRefused_andNothingIsStored() {
        Nomination n = fixtures.nomination();
        assertThat(evidence.maxFileSize()).isEqualTo(5L * 1024 * 1024);
        assertThat(evidence.maxTotalSize()).isEqualTo(20L * 1024 * 1024);

        assertThatThrownBy(() -> evidence.upload(n.getCode(), "scan besar.pdf", sized(PDF, 5 * 1024 * 1024 + 1),
                "admin.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Berkas \"scan besar.pdf\" (lebih dari 5 MB) melebihi batas 5 MB per berkas.");
        assertThat(evidence.list(n.getCode())).isEmpty();
    }

    @Test
    void theTotalPerNomination_isEnforced_andABatchIsAllOrNothing() {
        Nomination n = fixtures.nomination();
        // the same service with small limits (2 KB per file, 5 KB per nomination), in a transaction like the bean's
        EvidenceService small = new EvidenceService(repository, nominations, entityManager, identityService,
                new EvidenceProperties(DataSize.ofKilobytes(2), DataSize.ofKilobytes(5)),
                Clock.system(ZoneId.of("Asia/Makassar")));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        tx.executeWithoutResult(s -> small.upload(n.getCode(), "a.pdf", sized(PDF, 2048), "admin.uji"));
        tx.executeWithoutResult(s -> small.upload(n.getCode(), "b.pdf", sized(PDF, 2048), "admin.uji"));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> small.upload(n.getCode(), "c.png", sized(PNG, 2000),
                "admin.uji")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Berkas \"c.png\" tidak dapat ditambahkan: jumlah data dukung nominasi ini akan menjadi "
                        + "6 KB, melebihi batas 5 KB per nominasi.");
        assertThat(repository.totalSize(n.getId())).isEqualTo(4096);

        // a batch whose last file is refused stores none of its files ...
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> small.uploadAll(n.getCode(), List.of(
                new EvidenceService.Upload("e.jpg", sized(JPEG, 10)),
                new EvidenceService.Upload("f.pdf", TEXT)), "admin.uji")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("\"f.pdf\" bukan PDF");
        assertThat(repository.totalSize(n.getId())).isEqualTo(4096);
        // ... what still fits is taken, up to the limit exactly; one byte more is refused
        tx.executeWithoutResult(s -> small.upload(n.getCode(), "d.png", sized(PNG, 1024), "admin.uji"));
        byte[] smallestJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> small.upload(n.getCode(), "g.jpg", smallestJpeg,
                "admin.uji")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Berkas \"g.jpg\" tidak dapat ditambahkan: jumlah data dukung nominasi ini akan menjadi "
                        + "lebih dari 5 KB, melebihi batas 5 KB per nominasi.");
        assertThat(evidence.list(n.getCode())).extracting(EvidenceSummary::getFileName)
                .containsExactly("a.pdf", "b.pdf", "d.png");
        assertThat(repository.totalSize(n.getId())).isEqualTo(5120);
    }

    @Test
    void evidenceChanges_onlyWhileTheNominationIsWithItsOpd() {
        Nomination n = fixtures.nomination();
        for (NominationStatus open : List.of(NominationStatus.ASSESSMENT, NominationStatus.HEAD_REVIEW,
                NominationStatus.RETURNED_BY_HEAD, NominationStatus.RETURNED_BY_BKPSDM)) {
            move(n, open);
            evidence.upload(n.getCode(), open + ".pdf", PDF, "admin.uji");
        }
        move(n, NominationStatus.VERIFICATION);
        assertThatThrownBy(() -> evidence.upload(n.getCode(), "terlambat.pdf", PDF, "admin.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Data dukung hanya dapat diubah selama nominasi masih di OPD");
        assertThat(evidence.list(n.getCode())).hasSize(4);
        assertThatThrownBy(() -> evidence.upload("TIDAK-ADA-" + UUID.randomUUID(), "x.pdf", PDF, "admin.uji"))
                .isInstanceOf(ValidationException.class).hasMessage("Nominasi tidak ditemukan.");
    }

    @Test
    void onlyTheNominationsOpd_mayRemove() {
        Nomination n = fixtures.nomination();
        String opd = n.getOpd().getCode();
        String suffix = opd.substring(3);
        String member = "admin.tev" + suffix;
        String outsider = "orang.lain" + suffix;
        createUser(member, OpdGroups.adminGroup(opd));
        createUser(outsider, "opd-lain" + suffix + "-admin");
        try {
            Evidence file = evidence.upload(n.getCode(), "hapus.pdf", PDF, member);

            for (String who : new String[] {outsider, null}) {
                assertThatThrownBy(() -> evidence.remove(n.getCode(), file.getId(), who))
                        .isInstanceOf(ValidationException.class)
                        .hasMessageStartingWith("Data dukung hanya dapat dihapus oleh Admin Kepegawaian atau Kepala "
                                + n.getOpd().getName());
            }
            assertThat(evidence.list(n.getCode())).hasSize(1);

            move(n, NominationStatus.VERIFICATION);
            assertThatThrownBy(() -> evidence.remove(n.getCode(), file.getId(), member))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("Data dukung hanya dapat diubah");

            move(n, NominationStatus.RETURNED_BY_BKPSDM);
            evidence.remove(n.getCode(), file.getId(), member);
            assertThat(evidence.list(n.getCode())).isEmpty();
            assertThatThrownBy(() -> evidence.remove(n.getCode(), file.getId(), member))
                    .isInstanceOf(ValidationException.class).hasMessage("Data dukung tidak ditemukan.");
        } finally {
            for (String user : List.of(member, outsider)) {
                identityService.createGroupQuery().groupMember(user).list().forEach(g -> {
                    identityService.deleteMembership(user, g.getId());
                    identityService.deleteGroup(g.getId());
                });
                identityService.deleteUser(user);
            }
        }
    }

    @Test
    void fileNames_areSanitised_andGetTheExtensionOfTheirContent() {
        assertThat(EvidenceService.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceService.sanitize("C:\\Dokumen\\SK Bupati.pdf")).isEqualTo("SK Bupati.pdf");
        assertThat(EvidenceService.sanitize("laporan\u202Efdp.exe")).isEqualTo("laporan_fdp.exe");
        assertThat(EvidenceService.sanitize("a\"b<c>:d|e?*\r\n.pdf")).isEqualTo("a_b_c__d_e____.pdf");
        assertThat(EvidenceService.sanitize("  ...  ")).isEqualTo("berkas");
        assertThat(EvidenceService.sanitize(null)).isEqualTo("berkas");
        assertThat(EvidenceService.sanitize("x".repeat(300) + ".pdf")).hasSize(200).endsWith("x.pdf");

        Nomination n = fixtures.nomination();
        assertThat(evidence.upload(n.getCode(), "foto.pdf", PNG, "admin.uji").getFileName()).isEqualTo("foto.pdf.png");
        assertThat(evidence.upload(n.getCode(), "surat", PDF, "admin.uji").getFileName()).isEqualTo("surat.pdf");
        assertThat(evidence.upload(n.getCode(), "foto.jpeg", JPEG, "admin.uji").getFileName()).isEqualTo("foto.jpeg");
        assertThat(FileSizes.format(820)).isEqualTo("820 B");
        assertThat(FileSizes.format(1536)).isEqualTo("1,5 KB");
        assertThat(FileSizes.format(5L * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(FileSizes.format(1_300_000)).isEqualTo("1,2 MB");
    }

    private void move(Nomination n, NominationStatus status) {
        Nomination fresh = nominations.findById(n.getId()).orElseThrow();
        StatusPaths.walk(fresh, status);
        nominations.save(fresh);
    }

    private void createUser(String id, String groupId) {
        User user = identityService.newUser(id);
        user.setFirstName("Uji");
        user.setLastName("Data Dukung");
        identityService.saveUser(user);
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupId);
            identityService.saveGroup(group);
        }
        identityService.createMembership(id, groupId);
    }
}
