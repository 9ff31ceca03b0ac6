"""The desk's words (Indonesian and English), until they move into the one catalogue
(readiness.words, issue 14): the same keys ("desk.*") and the same lookup, t(key, lang, **args).
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    # -- every desk page ------------------------------------------------------------------------
    "desk.title": {"id": "Meja dinas", "en": "Office desk"},
    "desk.logout": {"id": "Keluar", "en": "Log out"},
    "desk.nav_queue": {"id": "Antrean", "en": "Queue"},
    "desk.nav_approvals": {"id": "Persetujuan", "en": "Approvals"},
    "desk.nav_upload": {"id": "Unggah dosir", "en": "Upload a dossier"},
    "desk.nav_certificates": {"id": "Sertifikat", "en": "Certificates"},
    "desk.nav_vendor": {"id": "Meja vendor", "en": "Vendor desk"},
    "desk.nav_audit": {"id": "Log audit", "en": "Audit log"},
    "desk.nav_users": {"id": "Pengguna", "en": "Accounts"},
    "desk.nav_settings": {"id": "Pengaturan", "en": "Settings"},
    "desk.nav_account": {"id": "Akun saya", "en": "My account"},
    "desk.role_officer": {"id": "petugas", "en": "officer"},
    "desk.role_approver": {"id": "kepala seksi (penyetuju)", "en": "head of section (approver)"},
    "desk.role_organizer": {"id": "penyelenggara (meja vendor)", "en": "organizer (vendor desk)"},
    "desk.role_admin": {"id": "admin", "en": "admin"},
    "desk.save": {"id": "Simpan", "en": "Save"},
    "desk.unknown": {"id": "(tidak diketahui)", "en": "(unknown)"},
    "desk.newer": {"id": "Lebih baru", "en": "Newer"},
    "desk.older": {"id": "Lebih lama", "en": "Older"},
    "desk.f_all": {"id": "Semua", "en": "All"},
    "desk.f_apply": {"id": "Tampilkan", "en": "Show"},
    "desk.f_status": {"id": "Status", "en": "Status"},
    "desk.f_regency": {"id": "Kabupaten/kota", "en": "Regency"},
    "desk.f_category": {"id": "Kategori", "en": "Category"},
    "desk.f_verdict": {"id": "Hasil", "en": "Verdict"},
    # -- what just happened ---------------------------------------------------------------------
    "desk.ok_password_changed": {"id": "Kata sandi diganti.", "en": "Password changed."},
    "desk.ok_waived": {"id": "Pengecualian dicatat dan berlaku.",
                       "en": "Waiver recorded; it is in force."},
    "desk.ok_pending": {"id": "Pengecualian dicatat. Karena syarat ini dapat menjadi penghalang "
                              "(blocker), pengecualian baru berlaku setelah disetujui petugas "
                              "lain yang berperan penyetuju.",
                        "en": "Waiver recorded. This requirement can be a blocker, so the waiver "
                              "takes effect once another officer with the approver role "
                              "approves it."},
    "desk.ok_verdict": {"id": "Penilaian dicatat.", "en": "Verdict recorded."},
    "desk.ok_approved": {"id": "Pengecualian disetujui dan kini berlaku.",
                         "en": "Waiver approved; it is now in force."},
    "desk.ok_withdrawn": {"id": "Keputusan ditarik.", "en": "Decision withdrawn."},
    "desk.ok_imported": {"id": "Berkas keputusan dibaca: {n} dicatat, {same} sudah sama, {wait} "
                               "menunggu persetujuan.",
                         "en": "Decisions file read: {n} recorded, {same} already the same, "
                               "{wait} waiting for approval."},
    "desk.ok_status_in_review": {"id": "Pengajuan sedang ditinjau.",
                                 "en": "The application is under review."},
    "desk.ok_status_returned": {"id": "Pengajuan dikembalikan ke pelaku usaha.",
                                "en": "The application was returned to the business."},
    "desk.ok_uploaded": {"id": "Dosir diperiksa dan masuk antrean.",
                         "en": "The dossier was checked and put in the queue."},
    "desk.ok_issued_new": {"id": "Sertifikat diterbitkan, dicatat di register dan "
                                 "ditandatangani.",
                           "en": "Certificate issued, recorded in the register and signed."},
    "desk.ok_issued_same": {"id": "Isi sertifikat tidak berubah: nomor yang sama dicetak ulang.",
                            "en": "The certificate's content is unchanged: the same number was "
                                  "printed again."},
    "desk.ok_issued_supersedes": {"id": "Sertifikat baru diterbitkan; menggantikan nomor "
                                        "sebelumnya.",
                                  "en": "A new certificate was issued; it supersedes the "
                                        "previous number."},
    "desk.ok_revoked": {"id": "Sertifikat dicabut. Halaman verifikasi kini menyatakan DICABUT.",
                        "en": "Certificate revoked. Its verification page now says REVOKED."},
    "desk.ok_user_added": {"id": "Akun dibuat. Pemiliknya memilih kata sandi sendiri saat "
                                 "pertama masuk.",
                           "en": "Account created. Its owner chooses a password at the first "
                                 "login."},
    "desk.ok_user_role": {"id": "Peran diganti; sesi akun itu diakhiri.",
                          "en": "Role changed; that account's sessions ended."},
    "desk.ok_user_disable": {"id": "Akun dinonaktifkan.", "en": "Account disabled."},
    "desk.ok_user_enable": {"id": "Akun diaktifkan.", "en": "Account enabled."},
    "desk.ok_user_reset": {"id": "Kata sandi sementara dipasang; kunci percobaan dibuka.",
                           "en": "Temporary password set; the lock-out cleared."},
    "desk.ok_settings_saved": {"id": "Pengaturan disimpan (dicatat di log audit).",
                               "en": "Settings saved (recorded in the audit log)."},
    # -- logging in -----------------------------------------------------------------------------
    "desk.login_title": {"id": "Masuk ke meja dinas", "en": "Log in to the office desk"},
    "desk.login_name": {"id": "Nama pengguna", "en": "User name"},
    "desk.login_password": {"id": "Kata sandi", "en": "Password"},
    "desk.login_button": {"id": "Masuk", "en": "Log in"},
    "desk.login_hint": {"id": "Akun dibuat oleh admin dinas. Lupa kata sandi? Minta admin "
                              "mengatur ulang.",
                        "en": "Accounts are made by the office's admin. Forgot your password? "
                              "Ask the admin to reset it."},
    "desk.login_bad": {"id": "Nama pengguna atau kata sandi salah.",
                       "en": "Wrong user name or password."},
    "desk.login_disabled": {"id": "Akun ini dinonaktifkan. Hubungi admin dinas.",
                            "en": "This account is disabled. Contact the office's admin."},
    "desk.login_locked_account": {"id": "Terlalu banyak percobaan gagal untuk akun ini. Coba "
                                        "lagi setelah pukul {until}, atau minta admin mengatur "
                                        "ulang kata sandi.",
                                  "en": "Too many failed attempts for this account. Try again "
                                        "after {until}, or ask the admin to reset the "
                                        "password."},
    "desk.login_locked_client": {"id": "Terlalu banyak percobaan gagal dari perangkat/jaringan "
                                       "ini. Coba lagi setelah pukul {until}.",
                                 "en": "Too many failed attempts from this device or network. "
                                       "Try again after {until}."},
    "desk.logged_out": {"id": "Anda sudah keluar.", "en": "You are logged out."},
    "desk.expired": {"id": "Sesi berakhir; silakan masuk lagi.",
                     "en": "Your session ended; please log in again."},
    "desk.account_title": {"id": "Akun saya", "en": "My account"},
    "desk.full_name": {"id": "Nama lengkap (dicetak pada sertifikat)",
                       "en": "Full name (printed on certificates)"},
    "desk.role": {"id": "Peran", "en": "Role"},
    "desk.must_change": {"id": "Kata sandi Anda diatur ulang: pilih kata sandi baru sebelum "
                               "melanjutkan.",
                         "en": "Your password was reset: choose a new one before you go on."},
    "desk.change_password": {"id": "Ganti kata sandi", "en": "Change password"},
    "desk.old_password": {"id": "Kata sandi sekarang", "en": "Current password"},
    "desk.new_password": {"id": "Kata sandi baru (paling sedikit 10 karakter)",
                          "en": "New password (at least 10 characters)"},
    "desk.new_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
    # -- the queue ------------------------------------------------------------------------------
    "desk.queue_title": {"id": "Antrean pengajuan", "en": "Applications queue"},
    "desk.queue_pending": {"id": "{n} pengecualian syarat penghalang menunggu persetujuan",
                           "en": "{n} blocker waiver(s) waiting for approval"},
    "desk.queue_empty": {"id": "Tidak ada pengajuan yang cocok.",
                         "en": "No application matches."},
    "desk.col_ref": {"id": "Nomor", "en": "Reference"},
    "desk.col_business": {"id": "Usaha", "en": "Business"},
    "desk.col_regency": {"id": "Kabupaten/kota", "en": "Regency"},
    "desk.col_verdict": {"id": "Hasil", "en": "Verdict"},
    "desk.col_status": {"id": "Status", "en": "Status"},
    "desk.col_received": {"id": "Diterima", "en": "Received"},
    "desk.col_decision": {"id": "Keputusan", "en": "Decision"},
    "desk.col_subject": {"id": "Untuk", "en": "For"},
    "desk.col_by": {"id": "Oleh", "en": "By"},
    "desk.col_state": {"id": "Keadaan", "en": "State"},
    "desk.col_number": {"id": "Nomor sertifikat", "en": "Certificate number"},
    "desk.col_issued": {"id": "Terbit", "en": "Issued"},
    "desk.col_file": {"id": "Berkas", "en": "File"},
    "desk.col_no": {"id": "No", "en": "No"},
    "desk.col_score": {"id": "Skor", "en": "Score"},
    "desk.col_products": {"id": "Produk", "en": "Products"},
    "desk.col_gaps": {"id": "Kekurangan", "en": "Gaps"},
    "desk.col_row": {"id": "Baris", "en": "Row"},
    "desk.col_problem": {"id": "Masalah", "en": "Problem"},
    "desk.app_new": {"id": "baru", "en": "new"},
    "desk.app_in_review": {"id": "ditinjau", "en": "in review"},
    "desk.app_returned": {"id": "dikembalikan", "en": "returned"},
    "desk.app_certified": {"id": "bersertifikat", "en": "certified"},
    "desk.src_self_assessment": {"id": "dikirim pelaku usaha", "en": "sent by the business"},
    "desk.src_upload": {"id": "diunggah petugas", "en": "uploaded by an officer"},
    # -- an application -------------------------------------------------------------------------
    "desk.today_verdict": {"id": "Hasil hari ini", "en": "Verdict today"},
    "desk.score": {"id": "skor", "en": "score"},
    "desk.cert_due": {"id": "Sertifikat dapat diterbitkan.", "en": "A certificate is due."},
    "desk.cert_not_due": {"id": "Belum dapat diberi sertifikat.",
                          "en": "No certificate is due yet."},
    "desk.issue_button": {"id": "Terbitkan sertifikat", "en": "Issue the certificate"},
    "desk.move_start": {"id": "Mulai tinjau", "en": "Start the review"},
    "desk.move_again": {"id": "Tinjau lagi", "en": "Review again"},
    "desk.return_title": {"id": "Kembalikan ke pelaku usaha", "en": "Return to the business"},
    "desk.return_note": {"id": "Apa yang harus dilakukan pelaku usaha sebelum mengirim lagi",
                         "en": "What the business must do before sending it again"},
    "desk.return_button": {"id": "Kembalikan", "en": "Return"},
    "desk.certs_of_business": {"id": "Sertifikat usaha ini", "en": "This business's certificates"},
    "desk.business": {"id": "Data usaha", "en": "The business"},
    "desk.regency": {"id": "Kabupaten/kota", "en": "Regency"},
    "desk.owner": {"id": "Pemilik", "en": "Owner"},
    "desk.phone": {"id": "Telepon/WA", "en": "Phone/WhatsApp"},
    "desk.address": {"id": "Alamat", "en": "Address"},
    "desk.findings": {"id": "Temuan", "en": "Findings"},
    "desk.the_business": {"id": "Usaha (seluruhnya)", "en": "The business (as a whole)"},
    "desk.no_gaps": {"id": "Tidak ada kekurangan.", "en": "No gaps."},
    "desk.passed": {"id": "{n} syarat terpenuhi atau tidak berlaku",
                    "en": "{n} requirement(s) met or not applicable"},
    "desk.decisions": {"id": "Keputusan petugas", "en": "Officers' decisions"},
    "desk.no_decisions": {"id": "Belum ada keputusan.", "en": "No decisions yet."},
    "desk.kind_waiver": {"id": "pengecualian", "en": "waiver"},
    "desk.kind_verdict": {"id": "penilaian", "en": "verdict"},
    "desk.verdict_pass": {"id": "memenuhi", "en": "pass"},
    "desk.verdict_fail": {"id": "tidak memenuhi", "en": "fail"},
    "desk.until": {"id": "s/d", "en": "until"},
    "desk.imported": {"id": "dari berkas", "en": "from a file"},
    "desk.approved_by": {"id": "disetujui oleh", "en": "approved by"},
    "desk.state_in_force": {"id": "berlaku", "en": "in force"},
    "desk.state_pending": {"id": "menunggu persetujuan", "en": "waiting for approval"},
    "desk.state_withdrawn": {"id": "ditarik oleh {by}", "en": "withdrawn by {by}"},
    "desk.approve": {"id": "Setujui", "en": "Approve"},
    "desk.withdraw": {"id": "Tarik", "en": "Withdraw"},
    "desk.own_waiver": {"id": "dicatat oleh Anda: perlu penyetuju lain",
                        "en": "recorded by you: needs another approver"},
    "desk.export_decisions": {"id": "Unduh berkas keputusan (YAML)",
                              "en": "Download the decisions file (YAML)"},
    "desk.import_decisions": {"id": "Baca berkas keputusan", "en": "Read a decisions file"},
    "desk.import_button": {"id": "Baca", "en": "Read"},
    "desk.history": {"id": "Riwayat", "en": "History"},
    # -- a finding ------------------------------------------------------------------------------
    "desk.field_path": {"id": "Kolom dosir", "en": "Dossier field"},
    "desk.evidence": {"id": "Yang dinilai", "en": "What is judged"},
    "desk.why": {"id": "Mengapa", "en": "Why"},
    "desk.fix": {"id": "Cara memenuhi", "en": "How to meet it"},
    "desk.agency": {"id": "Instansi", "en": "Agency"},
    "desk.legal": {"id": "Dasar hukum", "en": "Legal basis"},
    "desk.waive_title": {"id": "Catat pengecualian", "en": "Record a waiver"},
    "desk.waive_blocker_note": {"id": "Syarat ini dapat menjadi penghalang (blocker): "
                                      "pengecualiannya baru berlaku setelah disetujui petugas "
                                      "lain yang berperan penyetuju.",
                                "en": "This requirement can be a blocker: its waiver takes "
                                      "effect only once another officer with the approver role "
                                      "approves it."},
    "desk.waive_reason": {"id": "Alasan (dicetak pada sertifikat)",
                          "en": "Reason (printed on the certificate)"},
    "desk.waive_expires": {"id": "Berlaku sampai", "en": "In force until"},
    "desk.waive_expires_hint": {"id": "Paling lambat hari terakhir acara ({end}).",
                                "en": "At the latest the event's last day ({end})."},
    "desk.waive_button": {"id": "Catat pengecualian", "en": "Record the waiver"},
    "desk.verdict_title": {"id": "Penilaian petugas", "en": "Officer's verdict"},
    "desk.verdict_note": {"id": "Catatan", "en": "Note"},
    "desk.verdict_button": {"id": "Catat penilaian", "en": "Record the verdict"},
    "desk.back_to_application": {"id": "Kembali ke pengajuan", "en": "Back to the application"},
    # -- approvals, uploads, certificates -------------------------------------------------------
    "desk.approvals_title": {"id": "Menunggu persetujuan", "en": "Waiting for approval"},
    "desk.approvals_hint": {"id": "Pengecualian syarat penghalang (blocker) baru berlaku setelah "
                                  "disetujui petugas kedua. Anda tidak dapat menyetujui "
                                  "pengecualian yang Anda catat sendiri.",
                            "en": "A blocker's waiver takes effect only once a second officer "
                                  "approves it. You cannot approve a waiver you recorded "
                                  "yourself."},
    "desk.approvals_none": {"id": "Tidak ada yang menunggu persetujuan.",
                            "en": "Nothing is waiting for approval."},
    "desk.upload_title": {"id": "Unggah dosir", "en": "Upload a dossier"},
    "desk.upload_text": {"id": "Dosir yang diterima dinas (YAML atau JSON, atau baris-baris satu "
                               "usaha dari ekspor formulir pendaftaran, CSV/XLSX) diperiksa lalu "
                               "masuk antrean. Daftar banyak usaha diperiksa di meja vendor.",
                         "en": "A dossier the office received (YAML or JSON, or one business's "
                               "rows of the registration form's export, CSV/XLSX) is checked and "
                               "put in the queue. Lists of many businesses go to the vendor "
                               "desk."},
    "desk.upload_file": {"id": "Berkas dosir", "en": "Dossier file"},
    "desk.upload_button": {"id": "Periksa dan masukkan antrean", "en": "Check and queue it"},
    "desk.certs_title": {"id": "Sertifikat terbit", "en": "Certificates issued"},
    "desk.certs_search": {"id": "Nomor sertifikat atau NIB", "en": "Certificate number or NIB"},
    "desk.certs_none": {"id": "Tidak ada sertifikat.", "en": "No certificates."},
    "desk.open_verification": {"id": "Buka halaman verifikasi", "en": "Open the verification page"},
    "desk.download_pdf": {"id": "Unduh PDF", "en": "Download the PDF"},
    "desk.signer": {"id": "Penanda tangan", "en": "Signed by"},
    "desk.conditions": {"id": "Catatan sertifikat", "en": "Certificate conditions"},
    "desk.cond_waiver": {"id": "pengecualian", "en": "waiver"},
    "desk.cond_gap": {"id": "kekurangan", "en": "gap"},
    "desk.cond_manual": {"id": "menunggu penilaian", "en": "awaiting a verdict"},
    "desk.revoke_title": {"id": "Cabut sertifikat", "en": "Revoke the certificate"},
    "desk.revoke_reason": {"id": "Alasan (tampil di halaman verifikasi)",
                           "en": "Reason (shown on the verification page)"},
    "desk.revoke_hint": {"id": "Pencabutan tidak dapat dibatalkan.",
                         "en": "A revocation cannot be undone."},
    "desk.revoke_button": {"id": "Cabut", "en": "Revoke"},
    # -- the vendor desk ------------------------------------------------------------------------
    "desk.vendor_title": {"id": "Meja vendor", "en": "Vendor desk"},
    "desk.vendor_text": {"id": "Unggah ekspor formulir pendaftaran (CSV atau XLSX). Semua usaha "
                               "diperiksa di latar belakang; baris yang rusak dicatat, tidak "
                               "menghentikan pemeriksaan.",
                         "en": "Upload the registration form's export (CSV or XLSX). Every "
                               "business is checked in the background; a broken row is listed, "
                               "it does not stop the run."},
    "desk.vendor_file": {"id": "Ekspor formulir pendaftaran", "en": "Registration form export"},
    "desk.vendor_standard": {"id": "Standar", "en": "Standard"},
    "desk.vendor_as_of": {"id": "Per tanggal", "en": "As of"},
    "desk.vendor_lang": {"id": "Bahasa hasil", "en": "Language of the results"},
    "desk.vendor_button": {"id": "Unggah dan periksa", "en": "Upload and check"},
    "desk.vendor_uploads": {"id": "Unggahan saya", "en": "My uploads"},
    "desk.vendor_uploads_all": {"id": "Semua unggahan", "en": "All uploads"},
    "desk.vendor_none": {"id": "Belum ada unggahan.", "en": "No uploads yet."},
    "desk.vendor_again": {"id": "Unggah lagi", "en": "Upload again"},
    "desk.job_queued": {"id": "menunggu giliran", "en": "queued"},
    "desk.job_running": {"id": "sedang diperiksa", "en": "being checked"},
    "desk.job_done": {"id": "selesai", "en": "done"},
    "desk.job_failed": {"id": "gagal", "en": "failed"},
    "desk.job_counts": {"id": "{total} usaha, {certified} tersertifikasi",
                        "en": "{total} businesses, {certified} certified"},
    "desk.job_progress": {"id": "{done} dari {total} usaha diperiksa",
                          "en": "{done} of {total} businesses checked"},
    "desk.job_waiting": {"id": "Menunggu giliran...", "en": "Waiting for its turn..."},
    "desk.job_hint": {"id": "Halaman boleh ditutup atau dimuat ulang; pemeriksaan berjalan "
                            "terus di server.",
                      "en": "You may close or reload this page; the check goes on on the "
                            "server."},
    "desk.job_refresh": {"id": "Muat ulang", "en": "Reload"},
    "desk.as_of": {"id": "per", "en": "as of"},
    "desk.uploaded": {"id": "diunggah", "en": "uploaded"},
    "desk.t_businesses": {"id": "usaha", "en": "businesses"},
    "desk.t_certified": {"id": "tersertifikasi", "en": "certified"},
    "desk.t_not_certified": {"id": "belum", "en": "not certified"},
    "desk.t_unreadable": {"id": "tidak terbaca", "en": "unreadable"},
    "desk.t_table": {"id": "Semua usaha", "en": "Every business"},
    "desk.sort_by": {"id": "Urutkan menurut", "en": "Sort by"},
    "desk.sort_dir": {"id": "Arah", "en": "Order"},
    "desk.sort_asc": {"id": "naik", "en": "ascending"},
    "desk.sort_desc": {"id": "turun", "en": "descending"},
    "desk.downloads": {"id": "Unduhan", "en": "Downloads"},
    "desk.file_summary_xlsx": {"id": "Ringkasan (XLSX)", "en": "Summary (XLSX)"},
    "desk.file_summary_pdf": {"id": "Ringkasan (PDF)", "en": "Summary (PDF)"},
    "desk.file_errors_csv": {"id": "Daftar masalah (CSV)", "en": "Problems (CSV)"},
    "desk.file_annotated_xlsx": {"id": "Berkas Anda dengan hasilnya (XLSX)",
                                 "en": "Your file with its results (XLSX)"},
    "desk.personal_left_out": {"id": "NIK dan nomor telepon tidak disertakan (UU 27/2022 "
                                     "tentang Pelindungan Data Pribadi).",
                               "en": "NIK and phone numbers are left out (Law 27/2022 on "
                                     "Personal Data Protection)."},
    "desk.chart_regency": {"id": "Per kabupaten/kota (usaha)", "en": "By regency (businesses)"},
    "desk.chart_category": {"id": "Per kategori (produk)", "en": "By category (products)"},
    "desk.chart_rules": {"id": "Syarat yang paling sering tidak terpenuhi",
                         "en": "Requirements failed most often"},
    "desk.chart_certified": {"id": "tersertifikasi", "en": "certified"},
    "desk.chart_not_certified": {"id": "belum", "en": "not certified"},
    "desk.chart_on_certificate": {"id": "dalam sertifikat", "en": "on a certificate"},
    "desk.chart_not_on_certificate": {"id": "belum", "en": "not yet"},
    "desk.certifiable": {"id": "dapat disertifikasi", "en": "certifiable"},
    "desk.products_ready": {"id": "{ready} dari {total} siap", "en": "{ready} of {total} ready"},
    "desk.problems": {"id": "Masalah dalam daftar ({n})", "en": "Problems in the list ({n})"},
    "desk.problems_more": {"id": "Daftar lengkap ada di berkas masalah (CSV).",
                           "en": "The full list is in the problems file (CSV)."},
    "desk.level_error": {"id": "galat", "en": "error"},
    "desk.level_warning": {"id": "peringatan", "en": "warning"},
    # -- accounts, settings, audit --------------------------------------------------------------
    "desk.users_title": {"id": "Pengguna", "en": "Accounts"},
    "desk.user_active": {"id": "aktif", "en": "active"},
    "desk.user_disabled": {"id": "nonaktif", "en": "disabled"},
    "desk.user_must_change": {"id": "harus ganti kata sandi", "en": "must change the password"},
    "desk.user_disable": {"id": "Nonaktifkan", "en": "Disable"},
    "desk.user_enable": {"id": "Aktifkan", "en": "Enable"},
    "desk.user_reset": {"id": "Atur ulang kata sandi", "en": "Reset the password"},
    "desk.user_add": {"id": "Tambah akun", "en": "Add an account"},
    "desk.user_add_hint": {"id": "Berikan kata sandi sementara kepada pemilik akun secara "
                                 "langsung; ia menggantinya saat pertama masuk.",
                           "en": "Give the temporary password to the account's owner in person; "
                                 "they replace it at the first login."},
    "desk.temp_password": {"id": "Kata sandi sementara", "en": "Temporary password"},
    "desk.settings_title": {"id": "Pengaturan", "en": "Settings"},
    "desk.setting_personal": {"id": "Data pribadi untuk penyelenggara",
                              "en": "Personal data for organizers"},
    "desk.setting_personal_hint": {"id": "NIK dan nomor telepon pelaku usaha hanya untuk yang "
                                         "memerlukannya (UU 27/2022). Perubahan dicatat di log "
                                         "audit.",
                                   "en": "Business owners' NIK and phone numbers are only for "
                                         "those who need them (Law 27/2022). A change is "
                                         "recorded in the audit log."},
    "desk.setting_personal_no": {"id": "Penyelenggara tidak melihat NIK dan nomor telepon "
                                       "(disarankan)",
                                 "en": "Organizers do not see NIK and phone numbers "
                                       "(recommended)"},
    "desk.setting_personal_yes": {"id": "Penyelenggara melihat NIK dan nomor telepon dalam "
                                        "unduhan",
                                  "en": "Organizers see NIK and phone numbers in downloads"},
    "desk.audit_title": {"id": "Log audit", "en": "Audit log"},
    "desk.audit_hint": {"id": "Setiap keputusan, penerbitan, pencabutan, proses masuk dan "
                              "keluar, perubahan peran dan status tercatat di sini dan tidak "
                              "dapat diubah: setiap entri memuat hash entri sebelumnya.",
                        "en": "Every decision, issue, revocation, login and logout, role and "
                              "status change is recorded here and cannot be changed: each entry "
                              "holds the hash of the one before."},
    "desk.audit_check": {"id": "Periksa rantai hash", "en": "Check the hash chain"},
    "desk.audit_export_csv": {"id": "Ekspor CSV", "en": "Export CSV"},
    "desk.audit_export_jsonl": {"id": "Ekspor JSONL", "en": "Export JSONL"},
    "desk.audit_when": {"id": "Waktu", "en": "When"},
    "desk.audit_actor": {"id": "Pelaku", "en": "Who"},
    "desk.audit_action": {"id": "Tindakan", "en": "Action"},
    "desk.audit_details": {"id": "Rincian", "en": "Details"},
    # -- readiness users ------------------------------------------------------------------------
    "desk.cli_password": {"id": "Kata sandi", "en": "Password"},
    "desk.cli_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
    "desk.cli_password_mismatch": {"id": "kedua kata sandi tidak sama",
                                   "en": "the two passwords differ"},
    "desk.cli_added": {"id": "akun {name} ({role}) dibuat; masuk di {url}",
                       "en": "account {name} ({role}) created; log in at {url}"},
    "desk.cli_disabled": {"id": "akun {name} dinonaktifkan; sesinya diakhiri",
                          "en": "account {name} disabled; its sessions ended"},
    "desk.cli_enabled": {"id": "akun {name} diaktifkan kembali",
                         "en": "account {name} enabled again"},
    "desk.cli_reset": {"id": "kata sandi {name} diganti; ia harus memilih kata sandi baru saat "
                             "masuk berikutnya (kunci percobaan gagal dihapus, sesinya diakhiri)",
                       "en": "{name}'s password replaced; they must choose a new one at the next "
                             "login (failed attempts cleared, sessions ended)"},
    "desk.cli_role": {"id": "peran {name} sekarang {role}; sesinya diakhiri",
                      "en": "{name}'s role is now {role}; their sessions ended"},
    "desk.cli_none": {"id": "belum ada akun: buat admin pertama dengan `readiness users add "
                            "NAMA --role admin`",
                      "en": "no accounts yet: make the first admin with `readiness users add "
                            "NAME --role admin`"},
    "desk.cli_list_disabled": {"id": "nonaktif", "en": "disabled"},
    "desk.cli_list_must_change": {"id": "harus ganti sandi", "en": "must change password"},
    # -- readiness register audit -----------------------------------------------------------------
    "desk.audit_ok": {"id": "log audit utuh: {n} entri; kepala {head}",
                      "en": "audit log intact: {n} entries; head {head}"},
    "desk.audit_empty": {"id": "log audit masih kosong", "en": "the audit log is empty"},
    "desk.audit_broken": {"id": "log audit RUSAK pada entri {seq}: {why}",
                          "en": "audit log BROKEN at entry {seq}: {why}"},
    "desk.audit_why_missing": {"id": "entri {missing} hilang (dihapus); entri {next} menyusul "
                                     "entri {prev}",
                               "en": "entry {missing} is missing (deleted); entry {next} follows "
                                     "entry {prev}"},
    "desk.audit_why_changed": {"id": "isinya diubah setelah ditulis (tidak cocok dengan "
                                     "hash-nya)",
                               "en": "it was changed after it was written (its content does "
                                     "not match its hash)"},
    "desk.audit_why_unlinked": {"id": "tidak menyambung ke entri {prev}: hash entri "
                                      "sebelumnya berbeda (entri {prev} atau entri ini diubah)",
                                "en": "it does not follow entry {prev}: the previous entry's "
                                      "hash differs (entry {prev} or this one was changed)"},
    "desk.audit_why_head": {"id": "kepala yang dicatat ({head}) tidak ada lagi: log kini "
                                  "berakhir di entri {n}",
                            "en": "the head remembered ({head}) is no longer there: the log "
                                  "now ends at entry {n}"},
    "desk.audit_exported": {"id": "{n} entri ditulis ke {path}",
                            "en": "{n} entries written to {path}"},
}


def t(key: str, lang: str = "id", /, **args) -> str:
    entry = WORDS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["id"]
    if args:
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return text
    return text
