package id.sipetruk.document;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regency whose name, regent and offices the documents print ({@code sipetruk.regency.*}).
 * Defaults are Kabupaten Balangan's; another regency overrides them in its own configuration.
 */
@ConfigurationProperties("sipetruk.regency")
public class RegencyProperties {

    /** e.g. "Kabupaten Balangan" */
    private String name = "Kabupaten Balangan";
    /** e.g. "Bupati Balangan" */
    private String regentTitle = "Bupati Balangan";
    /** The regent's name as printed under the signature. */
    private String regentName = "(nama Bupati)";
    /** Where documents are signed (the regency's capital), e.g. "Paringin". */
    private String place = "Paringin";
    /** The regency's civil-service agency. */
    private String bkpsdmName = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";
    /** Numbering convention of the regent's decrees; {seq} and {year} are replaced. */
    private String decreeNumberPattern = "800.1.13/{seq}/BKPSDM/{year}";
    /** The decree's "Mengingat": the legal basis, in order. */
    private List<String> legalBasis = new ArrayList<>(List.of(
            "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil",
            "Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil",
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang "
                    + "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
            "Peraturan Bupati Balangan Nomor 19 Tahun 2023 tentang Pemberian Penghargaan bagi Aparatur Sipil Negara "
                    + "Berprestasi"));

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRegentTitle() { return regentTitle; }
    public void setRegentTitle(String regentTitle) { this.regentTitle = regentTitle; }
    public String getRegentName() { return regentName; }
    public void setRegentName(String regentName) { this.regentName = regentName; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getBkpsdmName() { return bkpsdmName; }
    public void setBkpsdmName(String bkpsdmName) { this.bkpsdmName = bkpsdmName; }
    public String getDecreeNumberPattern() { return decreeNumberPattern; }
    public void setDecreeNumberPattern(String decreeNumberPattern) { this.decreeNumberPattern = decreeNumberPattern; }
    public List<String> getLegalBasis() { return legalBasis; }
    public void setLegalBasis(List<String> legalBasis) { this.legalBasis = legalBasis; }

    /** A decree number by {@link #decreeNumberPattern}, the sequence zero-padded to three digits. */
    public String decreeNumber(int sequence, int year) {
        return decreeNumberPattern.replace("{seq}", String.format("%03d", sequence)).replace("{year}", String.valueOf(year));
    }

    /** The plain values the PDF renderers take. */
    public Regency toRegency() {
        return new Regency(name, regentTitle, regentName, place, bkpsdmName, List.copyOf(legalBasis));
    }
}
