"""The words of documents and reports: `text` and `short` (the text and chat reports),
`plan` (the owner's action plan), `doc` (certificates and gap reports), `summary` (a batch's
summary), `cert` (issuing, verifying and the register).

Data only: readiness.words looks them up. Every entry has both languages (tests/test_words.py).
"""

SECTIONS: dict[str, dict[str, dict[str, str]]] = {
    "text": {
        "standard": {"id": "Standar", "en": "Standard"},
        "event": {"id": "Acara", "en": "Event"},
        "as_of": {"id": "Per tanggal", "en": "As of"},
        "certified": {"id": "SERTIFIKAT DITERBITKAN", "en": "CERTIFICATE ISSUED"},
        "not_certified": {
            "id": "BELUM ADA SERTIFIKAT (lihat laporan kekurangan)",
            "en": "NO CERTIFICATE (see the gap report)"},
        "certificate_no": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "business": {"id": "Usaha", "en": "Business"},
        "product": {"id": "Produk", "en": "Product"},
        "score": {"id": "skor", "en": "score"},
        "line": {"id": "baris", "en": "line"},
        "conditions": {"id": "Syarat sertifikat", "en": "Conditions of the certificate"},
        "summary": {"id": "Ringkasan", "en": "Summary"},
        "go_to": {"id": "Hubungi", "en": "Go to"},
        "all_met": {"id": "Semua persyaratan terpenuhi.", "en": "All requirements met."},
        "not_applicable_n": {"id": "{n} tidak berlaku", "en": "{n} not applicable"},
        "planning_dates": {
            "id": "tanggal perencanaan, belum dikonfirmasi",
            "en": "planning dates, not yet confirmed"},
        "gain": {"id": "skor naik {gain} poin", "en": "score +{gain} points"},
        "top_gaps": {"id": "Yang perlu diperbaiki dulu", "en": "Fix these first"},
        "more_gaps": {"id": "dan {n} kekurangan lain", "en": "and {n} more gaps"},
        "details": {"id": "Rincian", "en": "Details"},
        "eligible": {"id": "MEMENUHI SYARAT SERTIFIKAT", "en": "A CERTIFICATE IS DUE"},
        # one line on stderr when a superseded edition is used (results stay reproducible)
        "superseded": {
            "id": "catatan: {edition} sudah digantikan oleh {successor}; pemeriksaan ini tetap memakai {edition} (periksa dengan --standard {successor} untuk edisi yang berlaku)",
            "en": "note: {edition} is superseded by {successor}; this check still uses {edition} (use --standard {successor} for the edition in force)"},
        "superseded_base": {
            "id": "catatan: {ref} memperluas {edition}, yang sudah digantikan oleh {successor}; pertimbangkan extends: {successor}",
            "en": "note: {ref} extends {edition}, which is superseded by {successor}; consider extends: {successor}"},
        "status_current": {"id": "berlaku", "en": "in force"},
        "status_superseded": {"id": "digantikan oleh {successor}", "en": "superseded by {successor}"},
        "status_default": {"id": " (dipakai untuk '{id}' tanpa versi)", "en": " (used for '{id}' without a version)"},
    },
    "short": {
        "business": {"id": "usaha", "en": "business"},
        "cert": {"id": "Sertifikat: {n}", "en": "Certificate: {n}"},
        "no_cert": {"id": "Belum ada sertifikat.", "en": "No certificate yet."},
        "score": {"id": "skor", "en": "score"},
        "top": {"id": "Perbaiki dulu:", "en": "Fix first:"},
        "go": {"id": "Ke", "en": "Go to"},
        "more": {
            "id": "+{n} kekurangan lain (lihat laporan lengkap).",
            "en": "+{n} more gaps (see the full report)."},
        "none": {"id": "Tidak ada kekurangan.", "en": "No gaps."},
        "decided": {
            "id": "{n} syarat diputuskan petugas; Anda tidak perlu memperbaikinya sekarang.",
            "en": "{n} requirement(s) decided by an officer; you need not fix anything now."},
    },
    # the plan (readiness.plan): what to do, in order, as the gap report and /periksa say it
    "plan": {
        "business": {"id": "usaha", "en": "the business"},
        "office_unknown": {"id": "kantor terkait", "en": "the office concerned"},
        "step": {"id": "Langkah {n}", "en": "Step {n}"},
        "fill_title": {"id": "Lengkapi data", "en": "Fill in the missing information"},
        "fill_intro": {
            "id": "Isi dulu data berikut di dosir atau formulir; tanpa data ini persyaratannya belum dapat diperiksa. Tidak perlu ke kantor mana pun untuk langkah ini.",
            "en": "Fill in this information in the dossier or form first; without it the requirements cannot be checked. No office visit is needed for this step."},
        "visit_title": {"id": "Ke {office}", "en": "Visit {office}"},
        "self_title": {"id": "Kerjakan sendiri", "en": "Do it yourself"},
        "address": {"id": "Alamat", "en": "Address"},
        "address_unknown": {
            "id": "alamat: lihat situs resmi pemerintah kabupaten/kota",
            "en": "address: see the regency/city government's official website"},
        "online": {"id": "Daring", "en": "Online"},
        "for": {"id": "Untuk", "en": "For"},
        "question": {"id": "Pertanyaan", "en": "Question"},
        "shows": {"id": "Yang tercatat", "en": "What we found"},
        "bring": {"id": "Yang dibawa / dibutuhkan", "en": "What to bring / what is needed"},
        "how": {"id": "Cara memperbaiki", "en": "How to fix it"},
        "gain": {"id": "+{gain} poin", "en": "+{gain} points"},
        "step_gain": {"id": "skor naik hingga {gain} poin", "en": "score up to +{gain} points"},
        "manual_title": {"id": "Diputuskan petugas", "en": "Decided by an officer"},
        "manual_intro": {
            "id": "Petugas akan memutuskan syarat ini; Anda tidak perlu memperbaikinya sekarang.",
            "en": "An officer will decide this requirement; you need not fix anything now."},
        "officer_question": {"id": "Pertanyaan petugas", "en": "The officer's question"},
        "sources": {"id": "Rujukan petugas", "en": "What the officer consults"},
        "waived_title": {"id": "Dikecualikan petugas", "en": "Waived by an officer"},
        "passed_title": {"id": "Sudah terpenuhi", "en": "Already met"},
        "not_applicable": {"id": "Tidak berlaku", "en": "Not applicable"},
        "nothing": {"id": "Tidak ada yang perlu dilakukan.", "en": "Nothing to do."},
        "reference": {"id": "Dasar", "en": "Reference"},
    },
    "doc": {
        "business_short": {"id": "U", "en": "B"},
        "product_short": {"id": "P", "en": "P"},
        "cert_title": {
            "id": "Sertifikat Kesiapan Produk IKM",
            "en": "IKM Product Readiness Certificate"},
        "cert_kicker": {"id": "Sertifikat", "en": "Certificate"},
        "awarded_to": {"id": "Diberikan kepada", "en": "Awarded to"},
        "nib": {"id": "NIB", "en": "NIB"},
        "owner": {"id": "Pemilik", "en": "Owner"},
        "address": {"id": "Alamat", "en": "Address"},
        "standard": {"id": "Standar", "en": "Standard"},
        "event": {"id": "Acara", "en": "Event"},
        "cert_number": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "issued": {"id": "Tanggal terbit", "en": "Date of issue"},
        "valid_until": {"id": "Berlaku sampai", "en": "Valid until"},
        "business_score": {"id": "Skor usaha", "en": "Business score"},
        "products_certified": {"id": "Produk yang disertifikasi", "en": "Products certified"},
        "statement": {
            "id": "Usaha di atas telah diperiksa terhadap standar tersebut dan dinyatakan siap memasok produk berikut, dengan syarat dan catatan yang tercantum.",
            "en": "The business above has been checked against this standard and is found ready to supply the products below, subject to the conditions listed."},
        "product": {"id": "Produk", "en": "Product"},
        "price": {"id": "Harga", "en": "Price"},
        "category": {"id": "Kategori", "en": "Category"},
        "verdict": {"id": "Status", "en": "Verdict"},
        "score": {"id": "Skor", "en": "Score"},
        "conditions": {"id": "Syarat dan catatan", "en": "Conditions and notes"},
        "no_conditions": {"id": "Tanpa syarat tambahan.", "en": "No further conditions."},
        "cond_gap": {"id": "Perbaiki", "en": "To fix"},
        "cond_waiver": {"id": "Pengecualian", "en": "Waiver"},
        "cond_manual": {"id": "Pemeriksaan petugas", "en": "Officer check"},
        "cond_other": {"id": "Catatan", "en": "Note"},
        "whole_business": {"id": "seluruh usaha", "en": "whole business"},
        "issuer": {"id": "Diterbitkan oleh", "en": "Issued by"},
        "dossier": {"id": "Dossier", "en": "Dossier"},
        "generated_by": {"id": "Dibuat oleh", "en": "Generated by"},
        "as_of": {"id": "Per tanggal", "en": "As of"},
        "report_title": {
            "id": "Laporan Kesenjangan dan Rencana Perbaikan",
            "en": "Gap Report and Action Plan"},
        "report_kicker": {"id": "Laporan kesiapan", "en": "Readiness report"},
        "summary": {"id": "Ringkasan", "en": "Summary"},
        "business": {"id": "Usaha", "en": "Business"},
        "scores_chart": {"id": "Skor per subjek (0-100)", "en": "Score per subject (0-100)"},
        "fix_title": {"id": "Perbaiki", "en": "To fix"},
        "fix_intro": {
            "id": "Persyaratan yang tidak terpenuhi menurut isi dossier.",
            "en": "Requirements the dossier shows are not met."},
        "missing_title": {"id": "Lengkapi data", "en": "Information to complete"},
        "missing_intro": {
            "id": "Informasi yang belum ada di dossier. Tambahkan agar dapat diperiksa.",
            "en": "Information the dossier does not give yet. Add it so it can be checked."},
        "manual_title": {"id": "Perlu pemeriksaan petugas", "en": "Officer check needed"},
        "manual_intro": {
            "id": "Persyaratan yang diperiksa langsung oleh petugas.",
            "en": "Requirements an officer checks in person."},
        "waived_title": {"id": "Dikecualikan (waiver)", "en": "Waived"},
        "none_here": {"id": "Tidak ada.", "en": "None."},
        "shows": {"id": "Yang ada di dossier", "en": "What the dossier shows"},
        "needed": {"id": "Yang dibutuhkan", "en": "What is needed"},
        "how": {"id": "Cara memperbaiki", "en": "How to fix it"},
        "agency": {"id": "Ke mana", "en": "Who to go to"},
        "gain": {"id": "Kenaikan skor", "en": "Score gain"},
        "points": {"id": "poin", "en": "points"},
        "reference": {"id": "Dasar", "en": "Reference"},
        "subject": {"id": "Untuk", "en": "For"},
        "passed_title": {
            "id": "Persyaratan yang sudah terpenuhi",
            "en": "Requirements already met"},
        "passed_intro": {
            "id": "Persyaratan berikut sudah dipenuhi.",
            "en": "The following requirements are met."},
        "not_applicable": {"id": "tidak berlaku", "en": "not applicable"},
        "rule": {"id": "Persyaratan", "en": "Requirement"},
        "subjects": {"id": "Subjek", "en": "Subjects"},
        "page": {"id": "Halaman", "en": "Page"},
        "of": {"id": "dari", "en": "of"},
        "gaps_count": {"id": "kesenjangan", "en": "gaps"},
        "certificate_issued": {"id": "Sertifikat diterbitkan", "en": "Certificate issued"},
        "certificate_not_issued": {
            "id": "Sertifikat belum dapat diterbitkan",
            "en": "No certificate can be issued yet"},
        "field": {"id": "Lokasi data", "en": "Data location"},
        "line": {"id": "baris", "en": "line"},
        # the certificate's signature block and how to check it (issue 11)
        "nip": {"id": "NIP", "en": "NIP"},
        "stamp": {"id": "Cap dinas", "en": "Office stamp"},
        "e_signed": {"id": "Ditandatangani secara elektronik", "en": "Signed electronically"},
        "trial_key": {"id": "dengan kunci UJI COBA, bukan tanda tangan elektronik tersertifikasi", "en": "with a TRIAL key, not a certified electronic signature"},
        "scan_or_open": {"id": "Pindai kode QR atau buka", "en": "Scan the QR code or open"},
        "ask_office": {"id": "Untuk memeriksa keaslian sertifikat ini, hubungi kantor penerbit dan sebutkan nomornya.", "en": "To check that this certificate is genuine, contact the issuing office and quote its number."},
        "draft_mark": {"id": "DRAF — BUKAN SERTIFIKAT", "en": "DRAFT — NOT A CERTIFICATE"},
        "draft_number": {"id": "DRAF", "en": "DRAFT"},
        "draft_note": {"id": "DRAF untuk diperiksa: tanpa nomor, tanpa tanda tangan, tidak tercatat di register. Sertifikat resmi hanya diterbitkan oleh Dinas.", "en": "DRAFT for review: no number, not signed, not recorded in the register. Only the Dinas issues the real certificate."},
        "draft_unsigned": {"id": "DRAF: tidak ditandatangani", "en": "DRAFT: not signed"},
        "certificate_eligible": {"id": "Memenuhi syarat sertifikat", "en": "Meets the conditions for a certificate"},
    },
    "summary": {
        "no": {"id": "No", "en": "No"},
        "name": {"id": "Nama usaha", "en": "Business"},
        "nib": {"id": "NIB", "en": "NIB"},
        "regency": {"id": "Kabupaten/Kota", "en": "Regency"},
        "source": {"id": "Berkas sumber", "en": "Source file"},
        "rows": {"id": "Baris", "en": "Rows"},
        "certified": {"id": "Tersertifikasi", "en": "Certified"},
        "verdict": {"id": "Status", "en": "Verdict"},
        "score": {"id": "Skor tingkat usaha", "en": "Business-level score"},
        "products_ready": {"id": "Produk siap", "en": "Products ready"},
        "products_conditional": {"id": "Produk bersyarat", "en": "Products conditional"},
        "products_total": {"id": "Jumlah produk", "en": "Products total"},
        "blocking": {"id": "Syarat penghalang (blocker)", "en": "Blocking requirements"},
        "major": {"id": "Kekurangan utama (major)", "en": "Major gaps"},
        "certificate": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "document": {"id": "Dokumen", "en": "Document"},
        "notes": {"id": "Catatan", "en": "Notes"},
        "e_source": {"id": "Berkas", "en": "File"},
        "e_row": {"id": "Baris", "en": "Row"},
        "e_column": {"id": "Kolom", "en": "Column"},
        "e_level": {"id": "Tingkat", "en": "Level"},
        "e_kind": {"id": "Jenis", "en": "Kind"},
        "e_business": {"id": "Usaha", "en": "Business"},
        "e_message": {"id": "Keterangan", "en": "Message"},
        "dup_nib": {
            "id": "NIB dipakai nama usaha lain (baris {rows})",
            "en": "NIB also used under another business name (rows {rows})"},
        "dup_product": {
            "id": "produk tercantum dua kali (baris {rows})",
            "en": "product listed twice (rows {rows})"},
        "bad_cells": {
            "id": "{n} sel tidak terbaca (syarat yang membacanya belum dapat dinilai), lihat errors.csv",
            "en": "{n} cell(s) unreadable (the requirements reading them cannot be judged yet), see errors.csv"},
        "conflict": {
            "id": "nilai usaha berbeda antarbaris (kolom {col}), dipakai baris pertama",
            "en": "business values differ between rows (column {col}); first row used"},
        "error": {
            "id": "tidak dapat diperiksa, lihat errors.csv",
            "en": "could not be checked, see errors.csv"},
        "title": {"id": "Ringkasan pemeriksaan kesiapan IKM", "en": "Readiness check of IKM businesses: summary"},
        "by_regency": {
            "id": "Tersertifikasi per kabupaten/kota (usaha)",
            "en": "Certified by regency (businesses)"},
        "by_category": {
            "id": "Produk dalam sertifikat per kategori",
            "en": "Products on a certificate by category"},
        "top_rules": {
            "id": "Syarat yang paling sering tidak terpenuhi (blocker/major, jumlah usaha)",
            "en": "Requirements failed most often (blocker/major, businesses)"},
        "businesses": {"id": "Usaha", "en": "Businesses"},
        "certified_n": {"id": "Tersertifikasi", "en": "Certified"},
        "not_certified_n": {"id": "Belum", "en": "Not certified"},
        "errors_n": {"id": "Tidak terbaca", "en": "Unreadable"},
        "standard": {"id": "Standar", "en": "Standard"},
        "generated": {"id": "Dibuat", "en": "Generated"},
        "r_col_cert": {"id": "Hasil: tersertifikasi", "en": "Result: certified"},
        "r_col_verdict": {"id": "Hasil: status", "en": "Result: verdict"},
        "r_col_score": {"id": "Hasil: skor", "en": "Result: score"},
        "r_col_blocking": {"id": "Hasil: syarat penghalang", "en": "Result: blocking requirements"},
        "r_col_doc": {"id": "Hasil: dokumen", "en": "Result: document"},
        "r_col_note": {"id": "Hasil: catatan", "en": "Result: note"},
        "unknown": {"id": "(tidak diketahui)", "en": "(unknown)"},
        "verdict_error": {"id": "galat", "en": "error"},
        "business_verdict": {"id": "Status tingkat usaha", "en": "Business-level verdict"},
        "products": {"id": "Produk: status (skor)", "en": "Products: verdict (score)"},
        "form_gaps": {"id": "Tidak ada di formulir", "en": "Not in the form"},
        "form_gap_note": {"id": "{n} syarat belum ditanyakan di formulir pendaftaran, bukan kesalahan usaha ({rules})", "en": "{n} requirement(s) not asked in the registration form, not the business's failure ({rules})"},
        "list_where": {
            "id": "Daftar usaha, satu baris per usaha, ada di summary.xlsx dan summary.csv.",
            "en": "The list of businesses, one row each, is in summary.xlsx and summary.csv."},
        "as_of": {"id": "Per tanggal", "en": "As of"},
        "edition": {"id": "Edisi", "en": "Edition"},
    },
    # certificates: issuing, the register, verification, the public page (issue 11); read by
    # cert_text(), which writes the arguments named date/at/valid_until/issued/start/end as dates
    "cert": {
        "issued_new": {
            "id": "sertifikat {number} diterbitkan dan dicatat di register",
            "en": "certificate {number} issued and recorded in the register"},
        "issued_same": {
            "id": "sertifikat {number} dicetak ulang (isinya tidak berubah sejak terbit {issued})",
            "en": "certificate {number} printed again (unchanged since it was issued on {issued})"},
        "issued_supersedes": {
            "id": "sertifikat {number} diterbitkan dan menggantikan {previous} (isinya berubah)",
            "en": "certificate {number} issued; it supersedes {previous} (the content changed)"},
        "issued_draft": {
            "id": "DRAF sertifikat (tanpa nomor, tidak ditandatangani, tidak dicatat)",
            "en": "certificate DRAFT (no number, not signed, not recorded)"},
        "gap_report": {
            "id": "laporan kesenjangan",
            "en": "gap report"},
        "not_issued_yet": {
            "id": "belum diterbitkan: nomor diberikan oleh register saat sertifikat diterbitkan (readiness check DOSIR --format pdf -o BERKAS.pdf)",
            "en": "not issued yet: the register gives the number when the certificate is issued (readiness check DOSSIER --format pdf -o FILE.pdf)"},
        "eligible_short": {
            "id": "Memenuhi syarat sertifikat (nomor diberikan saat diterbitkan).",
            "en": "Meets the conditions for a certificate (numbered when issued)."},
        "batch_issued": {
            "id": "register: {new} sertifikat baru, {supersedes} pengganti, {same} cetak ulang -> {register}",
            "en": "register: {new} new certificates, {supersedes} superseding, {same} printed again -> {register}"},
        "batch_drafts": {
            "id": "DRAF: {n} sertifikat tanpa nomor dan tanda tangan, tidak dicatat",
            "en": "DRAFTS: {n} certificates without number or signature, not recorded"},
        "key_made": {
            "id": "kunci uji coba dibuat: {cert}",
            "en": "trial key made: {cert}"},
        "key_imported": {
            "id": "kunci kantor diimpor: {cert}",
            "en": "office key imported: {cert}"},
        "key_subject": {
            "id": "penanda tangan: {subject}",
            "en": "signer: {subject}"},
        "key_fingerprint": {
            "id": "sidik SHA-256: {fingerprint}",
            "en": "SHA-256 fingerprint: {fingerprint}"},
        "key_valid": {
            "id": "berlaku: {start} s/d {end}",
            "en": "valid: {start} to {end}"},
        "key_trial_note": {
            "id": "catatan: ini kunci UJI COBA; sertifikat yang dipercaya hotel perlu kunci dari CA (mis. BSrE): readiness keys import KANTOR.p12",
            "en": "note: this is a TRIAL key; certificates hotels can trust need one from a CA (such as BSrE): readiness keys import OFFICE.p12"},
        "key_give_cert": {
            "id": "berikan {cert} kepada pemeriksa (readiness verify --trust)",
            "en": "give {cert} to verifiers (readiness verify --trust)"},
        "office_missing": {
            "id": "belum diisi untuk sertifikat: {keys} (lihat readiness office set --help)",
            "en": "not set yet for certificates: {keys} (see readiness office set --help)"},
        "office_saved": {
            "id": "pengaturan kantor disimpan: {path}",
            "en": "office settings saved: {path}"},
        "no_key": {
            "id": "belum ada kunci kantor (readiness keys init)",
            "en": "no office key yet (readiness keys init)"},
        "revoked_ok": {
            "id": "sertifikat {number} dicabut: {reason} (oleh {by}, {at})",
            "en": "certificate {number} revoked: {reason} (by {by}, {at})"},
        "exported": {
            "id": "{n} sertifikat diekspor ke {path}",
            "en": "{n} certificates exported to {path}"},
        "register_empty": {
            "id": "register masih kosong",
            "en": "the register is empty"},
        "evk_issued": {
            "id": "terbit",
            "en": "issued"},
        "evk_copy": {
            "id": "cetak ulang",
            "en": "copy"},
        "evk_superseded": {
            "id": "digantikan",
            "en": "superseded"},
        "evk_revoked": {
            "id": "dicabut",
            "en": "revoked"},
        "ev_issued": {
            "id": "diterbitkan",
            "en": "issued"},
        "ev_issued_supersedes": {
            "id": "diterbitkan, menggantikan {related}",
            "en": "issued, superseding {related}"},
        "ev_copy": {
            "id": "dicetak ulang (isi sama)",
            "en": "printed again (same content)"},
        "ev_superseded": {
            "id": "digantikan oleh {related}",
            "en": "superseded by {related}"},
        "ev_revoked": {
            "id": "dicabut oleh {actor}: {reason}",
            "en": "revoked by {actor}: {reason}"},
        "st_valid": {
            "id": "berlaku",
            "en": "valid"},
        "st_revoked": {
            "id": "dicabut",
            "en": "revoked"},
        "st_superseded": {
            "id": "digantikan",
            "en": "superseded"},
        "st_expired": {
            "id": "kedaluwarsa",
            "en": "expired"},
        "st_unknown": {
            "id": "tidak dikenal",
            "en": "unknown"},
        "v_certificate": {
            "id": "Sertifikat",
            "en": "Certificate"},
        "v_business": {
            "id": "Usaha",
            "en": "Business"},
        "v_products": {
            "id": "Produk",
            "en": "Products"},
        "v_standard": {
            "id": "Standar",
            "en": "Standard"},
        "v_event": {
            "id": "Acara",
            "en": "Event"},
        "v_validity": {
            "id": "Masa berlaku",
            "en": "Validity"},
        "v_validity_text": {
            "id": "terbit {issued}, berlaku sampai {valid_until}",
            "en": "issued {issued}, valid until {valid_until}"},
        "v_signer": {
            "id": "Penanda tangan",
            "en": "Signed by"},
        "v_signed_at": {
            "id": "{signer}, pada {at}",
            "en": "{signer}, on {at}"},
        "v_register": {
            "id": "Register",
            "en": "Register"},
        "v_ok": {
            "id": "OK: sertifikat {number} asli dan {status}: tanda tangan utuh dari penanda tangan yang dipercaya, tidak diubah sesudahnya, dan tercatat di register",
            "en": "OK: certificate {number} is genuine and {status}: the signature is intact, from a trusted signer, nothing was changed afterwards, and the register records it"},
        "v_ok_legacy": {
            "id": "OK: sertifikat {number} (skema Ed25519 lama) utuh dan ditandatangani kunci yang dipercaya",
            "en": "OK: certificate {number} (earlier Ed25519 scheme) is intact and signed by a trusted key"},
        "v_failed": {
            "id": "GAGAL",
            "en": "FAILED"},
        "v_note": {
            "id": "catatan",
            "en": "note"},
        "pdf_unreadable": {
            "id": "bukan PDF yang dapat dibaca ({error})",
            "en": "not a readable PDF ({error})"},
        "not_signed": {
            "id": "PDF ini tidak ditandatangani: bukan sertifikat (draf, laporan, atau salinan yang ditulis ulang)",
            "en": "this PDF is not signed: it is not a certificate (a draft, a report, or a rewritten copy)"},
        "several_signatures": {
            "id": "PDF memuat {n} tanda tangan; sertifikat hanya memuat satu",
            "en": "the PDF carries {n} signatures; a certificate carries one"},
        "signature_unreadable": {
            "id": "tanda tangan tidak dapat dibaca ({error})",
            "en": "the signature cannot be read ({error})"},
        "signature_broken": {
            "id": "tanda tangan TIDAK utuh: isi berkas diubah setelah ditandatangani (ditulis ulang)",
            "en": "the signature is BROKEN: the file was changed after it was signed (rewritten)"},
        "changed_after_signing": {
            "id": "berkas diubah setelah ditandatangani (ada pembaruan yang ditambahkan sesudah tanda tangan)",
            "en": "the file was changed after it was signed (an update was appended after the signature)"},
        "untrusted_signer": {
            "id": "tanda tangan utuh, tetapi penandatangan tidak dipercaya: {signer} (berikan --trust SERTIFIKAT-KANTOR)",
            "en": "the signature is intact, but the signer is not trusted: {signer} (pass --trust OFFICE-CERTIFICATE)"},
        "no_trust": {
            "id": "tidak ada sertifikat kantor yang dipercaya untuk dibandingkan (berikan --trust SERTIFIKAT-KANTOR)",
            "en": "no trusted office certificate to compare with (pass --trust OFFICE-CERTIFICATE)"},
        "no_result": {
            "id": "tidak ada hasil pemeriksaan terlampir: bukan sertifikat readiness",
            "en": "no attached result: not a readiness certificate"},
        "bad_result": {
            "id": "hasil terlampir rusak ({error})",
            "en": "the attached result is damaged ({error})"},
        "not_a_certificate": {
            "id": "hasil terlampir tidak menerbitkan sertifikat",
            "en": "the attached result issues no certificate"},
        "draft": {
            "id": "ini DRAF, bukan sertifikat",
            "en": "this is a DRAFT, not a certificate"},
        "number_not_on_page": {
            "id": "nomor {number} dari hasil terlampir tidak tercetak di halaman",
            "en": "the number {number} of the attached result is not the one printed on the page"},
        "number_mismatch": {
            "id": "nomor tidak cocok: hasil terlampir {number}, {where} {other}",
            "en": "number mismatch: the attached result says {number}, {where} {other}"},
        "not_in_register": {
            "id": "nomor {number} tidak ada di register (tidak pernah diterbitkan kantor ini)",
            "en": "the number {number} is not in the register (this office never issued it)"},
        "register_other_content": {
            "id": "register mencatat isi lain untuk {number} (usaha, produk atau syarat berbeda)",
            "en": "the register records other content for {number} (business, products or conditions differ)"},
        "copy_not_recorded": {
            "id": "salinan ini tidak tercatat di register (hasil bertanda tangan yang tidak dikenal)",
            "en": "this copy is not recorded in the register (an unknown signed result)"},
        "revoked": {
            "id": "sertifikat {number} DICABUT pada {date}: {reason}",
            "en": "certificate {number} was REVOKED on {date}: {reason}"},
        "superseded": {
            "id": "sertifikat {number} sudah DIGANTIKAN oleh {by}: periksa sertifikat yang baru",
            "en": "certificate {number} was SUPERSEDED by {by}: check the new certificate"},
        "expired": {
            "id": "sertifikat {number} KEDALUWARSA: berlaku sampai {valid_until} (acara sudah lewat)",
            "en": "certificate {number} has EXPIRED: valid until {valid_until} (after the event)"},
        "no_register": {
            "id": "status tidak diperiksa: tidak ada register (berikan --register BERKAS-ATAU-URL{hint})",
            "en": "status not checked: no register (pass --register FILE-OR-URL{hint})"},
        "register_unreachable": {
            "id": "register tidak dapat dihubungi: {error}",
            "en": "the register cannot be reached: {error}"},
        "legacy_no_register": {
            "id": "sertifikat skema lama (Ed25519) terbit sebelum ada register: statusnya tidak tercatat",
            "en": "a certificate of the earlier scheme (Ed25519), issued before the register: it has no recorded status"},
        "signer_not_recorded": {
            "id": "yang menandatangani ({signer}) bukan penanda tangan yang dicatat register untuk {number} ({recorded})",
            "en": "the signer ({signer}) is not the one the register recorded for {number} ({recorded})"},
        "legacy_unaccepted": {
            "id": "sertifikat skema lama (Ed25519): utuh, tetapi tanpa status register; bandingkan halaman cetaknya dengan arsip kantor, lalu terima dengan --accept-legacy",
            "en": "a certificate of the earlier scheme (Ed25519): intact, but with no register status; compare the printed page with the office's copy, then accept it with --accept-legacy"},
        "legacy_problem": {
            "id": "{text}",
            "en": "{text}"},
        "w_title": {
            "id": "Verifikasi sertifikat",
            "en": "Certificate verification"},
        "w_number": {
            "id": "Nomor sertifikat",
            "en": "Certificate number"},
        "w_valid": {
            "id": "BERLAKU",
            "en": "VALID"},
        "w_revoked": {
            "id": "DICABUT",
            "en": "REVOKED"},
        "w_superseded": {
            "id": "DIGANTIKAN",
            "en": "SUPERSEDED"},
        "w_expired": {
            "id": "KEDALUWARSA",
            "en": "EXPIRED"},
        "w_unknown": {
            "id": "TIDAK DITEMUKAN",
            "en": "NOT FOUND"},
        "w_valid_text": {
            "id": "Sertifikat ini asli dan berlaku sampai {valid_until}.",
            "en": "This certificate is genuine and valid until {valid_until}."},
        "w_revoked_text": {
            "id": "Sertifikat ini dicabut pada {date}. Alasan: {reason}",
            "en": "This certificate was revoked on {date}. Reason: {reason}"},
        "w_superseded_text": {
            "id": "Sertifikat ini sudah digantikan oleh sertifikat yang lebih baru.",
            "en": "This certificate was replaced by a newer one."},
        "w_see_new": {
            "id": "Lihat sertifikat pengganti",
            "en": "See the new certificate"},
        "w_expired_text": {
            "id": "Sertifikat ini berlaku sampai {valid_until}; masa berlakunya sudah habis.",
            "en": "This certificate was valid until {valid_until}; it has expired."},
        "w_unknown_text": {
            "id": "Tidak ada sertifikat dengan nomor ini di register. Periksa kembali nomor pada sertifikat.",
            "en": "The register has no certificate with this number. Check the number on the certificate again."},
        "w_mistyped_text": {
            "id": "Nomor ini salah ketik: huruf terakhirnya (huruf pemeriksa) tidak cocok. Periksa kembali nomor pada sertifikat.",
            "en": "This number is mistyped: its last character (the check character) does not match. Check the number on the certificate again."},
        "w_business": {
            "id": "Usaha",
            "en": "Business"},
        "w_products": {
            "id": "Produk yang disertifikasi",
            "en": "Certified products"},
        "w_edition": {
            "id": "Standar",
            "en": "Standard"},
        "w_event": {
            "id": "Acara",
            "en": "Event"},
        "w_validity": {
            "id": "Masa berlaku",
            "en": "Validity"},
        "w_issued": {
            "id": "Terbit",
            "en": "Issued"},
        "w_valid_until": {
            "id": "Berlaku sampai",
            "en": "Valid until"},
        "w_issuer": {
            "id": "Penerbit",
            "en": "Issued by"},
        "w_compare": {
            "id": "Cocokkan nama usaha, produk dan tanggal di atas dengan sertifikat yang Anda lihat.",
            "en": "Compare the business name, products and dates above with the certificate in front of you."},
        "w_search": {
            "id": "Periksa nomor lain",
            "en": "Check another number"},
        "w_search_button": {
            "id": "Periksa",
            "en": "Check"},
        "w_lang": {
            "id": "English",
            "en": "Bahasa Indonesia"},
        "w_not_found": {
            "id": "Halaman tidak ditemukan.",
            "en": "Page not found."},
        "w_bad_request": {
            "id": "Permintaan tidak dapat dibaca.",
            "en": "The request cannot be read."},
        "w_forbidden": {
            "id": "Permintaan ditolak: muat ulang halaman lalu coba lagi.",
            "en": "Request refused: reload the page and try again."},
        "w_too_large": {
            "id": "Kiriman terlalu besar (berkas paling besar 20 MB).",
            "en": "What was sent is too large (files up to 20 MB)."},
        "w_too_large_n": {
            "id": "Kiriman terlalu besar: paling besar {limit}.",
            "en": "What was sent is too large: at most {limit}."},
        "w_too_slow": {
            "id": "Kiriman terlalu lama sampai. Periksa sambungan internet Anda lalu coba lagi.",
            "en": "What was sent took too long to arrive. Check your connection and try again."},
        "w_too_many": {
            "id": "Terlalu banyak permintaan dari sambungan ini. Tunggu sebentar lalu coba lagi.",
            "en": "Too many requests from this connection. Wait a moment and try again."},
        "w_busy": {
            "id": "Server sedang sibuk membuat dokumen. Coba lagi dalam satu menit.",
            "en": "The server is busy making documents. Try again in a minute."},
        "w_back": {
            "id": "Ke halaman awal",
            "en": "To the start page"},
        "w_error": {
            "id": "Terjadi kesalahan di server. Silakan coba lagi nanti.",
            "en": "Something went wrong on the server. Please try again later."},
        "w_home_text": {
            "id": "Masukkan nomor sertifikat (mis. MM27-000123-K) atau pindai kode QR pada sertifikat.",
            "en": "Enter the certificate number (e.g. MM27-000123-K) or scan the QR code on the certificate."},
    },
}
