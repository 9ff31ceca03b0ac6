"""What a finding says: the `msg` section, one text per code a check kind or the engine
returns (its arguments worded by name: see `render`).

Data only: readiness.words looks them up. Every entry has both languages (tests/test_words.py).
"""

SECTIONS: dict[str, dict[str, dict[str, str]]] = {
    "msg": {
        "ok": {"id": "Terpenuhi.", "en": "Met."},
        "not_asked": {
            "id": "Belum ditanyakan di formulir pendaftaran: bawa/kirim buktinya ke meja pendaftaran vendor penyelenggara ({evidence}).",
            "en": "Not asked in the registration form: bring or send the evidence to the organizer's vendor registration desk ({evidence})."},
        "cell_unread": {
            "id": "Belum dapat dinilai: sel '{column}' baris {row} berisi {cell_value}, yang tidak terbaca ({detail}). Perbaiki isi sel itu.",
            "en": "Cannot be judged yet: cell '{column}' on row {row} holds {cell_value}, which cannot be read ({detail}). Correct that cell."},
        "absent": {
            "id": "Data belum diisi: {fields}.",
            "en": "Not given in the dossier: {fields}."},
        "bad_format": {
            "id": "{field} tertulis '{value}'; seharusnya {expected}.",
            "en": "{field} reads '{value}'; expected {expected}."},
        "not_allowed": {
            "id": "{field} bernilai '{value}'; yang diterima: {allowed}.",
            "en": "{field} is '{value}'; accepted: {allowed}."},
        "forbidden": {
            "id": "{field} memuat '{value}', yang tidak diperbolehkan.",
            "en": "{field} includes '{value}', which is not allowed."},
        "not_equal": {
            "id": "{field} bernilai {value}; seharusnya {expected}.",
            "en": "{field} is {value}; expected {expected}."},
        "not_a_number": {
            "id": "{field} bukan angka: '{value}'.",
            "en": "{field} is not a number: '{value}'."},
        "below_min": {
            "id": "{field} {value}, kurang dari batas minimal {min}.",
            "en": "{field} is {value}, below the minimum of {min}."},
        "above_needed": {
            "id": "{field} {value}; harus lebih dari {min}.",
            "en": "{field} is {value}; it must be more than {min}."},
        "lacks_items": {"id": "{field} belum memuat: {items}.", "en": "{field} lacks: {items}."},
        "bad_sum": {
            "id": "Jumlah {field} adalah {value}, seharusnya {total}.",
            "en": "{field} adds up to {value}, not {total}."},
        "no_document": {"id": "Tidak ada {types}.", "en": "No {types}."},
        "permit_other_business": {
            "id": "Izin ini terbit untuk pelaku usaha lain (NIB {nib}).",
            "en": "This permit was issued to another business (NIB {nib})."},
        "holder_question": {
            "id": "Apakah {type} nomor {number} atas nama {holder} diterbitkan untuk usaha ini ({business})?",
            "en": "Was the {type} number {number} in the name of {holder} issued to this business ({business})?"},
        "gi_question": {
            "id": "Apakah '{name}' terdaftar sebagai indikasi geografis di DJKI, dan apakah produk ini berasal dari anggota MPIG-nya?",
            "en": "Is '{name}' registered as a geographical indication at DJKI, and does this product come from a member of its MPIG?"},
        "gi_not_member": {
            "id": "Nama produk memakai indikasi geografis terdaftar '{name}', tetapi usaha ini bukan anggota MPIG-nya.",
            "en": "The product's name uses the registered geographical indication '{name}', but the business is not a member of its MPIG."},
        "holder_owner_question": {
            "id": "Apakah {holder} adalah penanggung jawab produksi usaha ini?",
            "en": "Is {holder} the person responsible for this business's production?"},
        "entry_pending": {
            "id": "{type} sedang diurus, belum terbit.",
            "en": "The {type} is in process, not issued yet."},
        "entry_rejected": {
            "id": "Permohonan {type} ditolak; ajukan lagi.",
            "en": "The application for the {type} was rejected; apply again."},
        "entry_none": {"id": "Belum punya {type}.", "en": "No {type} yet."},
        "not_answered": {
            "id": "Belum dijawab: sudah punya {types}?",
            "en": "Not answered: do you have the {types}?"},
        "bad_number": {
            "id": "Nomor {type} '{value}' tidak sesuai format.",
            "en": "The {type} number '{value}' is not well formed."},
        "no_expiry": {
            "id": "Masa berlaku {type} tidak diketahui (isi tanggal terbit atau berlaku s/d).",
            "en": "The validity of the {type} is unknown (give its issue or expiry date)."},
        "expires_before_event": {
            "id": "{type} berlaku s/d {expires}, sebelum acara berakhir ({event_end}).",
            "en": "The {type} is valid until {expires}, before the event ends ({event_end})."},
        "entry_too_old": {
            "id": "Kurasi tanggal {date} sudah lebih dari batas (paling awal {earliest}).",
            "en": "The curation of {date} is too old (earliest accepted {earliest})."},
        "entry_after_event": {
            "id": "Kurasi tanggal {date} dilakukan setelah acara dimulai ({event_start}).",
            "en": "The curation of {date} took place after the event started ({event_start})."},
        "lacks_entry_kinds": {
            "id": "Belum ada kurasi yang lulus sejak {earliest} oleh: {kinds}.",
            "en": "No passed curation since {earliest} by: {kinds}."},
        "unlicensed_mark": {
            "id": "Merek '{mark}' dipakai tanpa lisensi.",
            "en": "The mark '{mark}' is used without a licence."},
        "pirt_malformed": {
            "id": "Nomor P-IRT '{value}' tidak terdiri dari 15 digit.",
            "en": "The P-IRT number '{value}' does not have 15 digits."},
        "pirt_regency": {
            "id": "Nomor P-IRT '{value}' memuat kode daerah {got}, padahal {regency} berkode {want}.",
            "en": "The P-IRT number '{value}' carries regency code {got}, but {regency} is {want}."},
        "pirt_year": {
            "id": "Nomor P-IRT '{value}' berakhir {got}, padahal terbit {issued} berarti {want}.",
            "en": "The P-IRT number '{value}' ends in {got}, but issued {issued} means {want}."},
        "pirt_expiry_date_needed": {
            "id": "Nomor P-IRT hanya menyebut tahun berakhir {year}, tahun acara: tanggal berakhirnya sertifikat diperlukan (isi tanggal terbit atau berlaku s/d dari sertifikat SPP-IRT).",
            "en": "The P-IRT number gives only the expiry year {year}, the event's year: the certificate's expiry date is needed (give its issue or expiry date from the SPP-IRT)."},
        "pirt_year_before_event": {
            "id": "Menurut nomornya, P-IRT berakhir pada tahun {year}, sebelum acara berakhir ({event_end}).",
            "en": "By its number the P-IRT expires in {year}, before the event ends ({event_end})."},
        "waiver_not_yet": {
            "id": "Pengecualian oleh {officer} baru berlaku mulai {date}; belum berlaku.",
            "en": "The waiver by {officer} takes effect only on {date}; not yet in effect."},
        "verdict_not_yet": {
            "id": "Penilaian petugas {officer} bertanggal {date}, setelah tanggal pemeriksaan; belum dicatat.",
            "en": "Officer {officer}'s verdict is dated {date}, after the check's date; not yet recorded."},
        "needs_officer": {
            "id": "Perlu penilaian petugas: {instructions}",
            "en": "Needs an officer's verdict: {instructions}"},
        "not_ready_blocker": {
            "id": "Tidak siap karena syarat penghalang belum terpenuhi: {rules}.",
            "en": "Not ready because a blocker requirement is not met: {rules}."},
        "not_ready_score": {
            "id": "Tidak siap karena skor {score} di bawah {threshold}, bukan karena syarat penghalang.",
            "en": "Not ready because the score {score} is below {threshold}, not because of a blocker."},
        "few_rules": {
            "id": "Bersyarat walau skor {score} di bawah {threshold}: hanya {n} syarat berlaku dan kekurangannya satu syarat utama ({rule}).",
            "en": "Conditional although the score {score} is below {threshold}: only {n} requirements apply and the one gap is major ({rule})."},
        "office_unverified": {"id": "(nama kantor belum diverifikasi)",
                              "en": "(office name not verified)"},
        "not_applicable": {"id": "Tidak berlaku untuk subjek ini.", "en": "Does not apply to this subject."},
        "exempt": {"id": "Dikecualikan (pengecualian {reason} aturan ini).",
                   "en": "Exempt (exemption {reason} of the rule)."},
        "pending_officer": {
            "id": "menunggu penilaian petugas sebelum acara.",
            "en": "awaiting the officer's verdict before the event."},
        "waived": {
            "id": "Dikecualikan oleh {officer} s/d {expires}: {reason}",
            "en": "Waived by {officer} until {expires}: {reason}"},
        "waived_approved": {
            "id": "Dikecualikan oleh {officer}, disetujui oleh {approved_by}, s/d {expires}: "
                  "{reason}",
            "en": "Waived by {officer}, approved by {approved_by}, until {expires}: {reason}"},
        "waiver_expired": {
            "id": "Pengecualian oleh {officer} sudah berakhir pada {expires}.",
            "en": "The waiver by {officer} expired on {expires}."},
        "officer_verdict": {
            "id": "Penilaian petugas {officer} ({date}): {verdict}. {note}",
            "en": "Officer {officer}'s verdict ({date}): {verdict}. {note}"},
    },
}
