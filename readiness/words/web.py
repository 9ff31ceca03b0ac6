"""The words of the web pages: `ask` (the self-assessment's questions and pages) and `desk`
(the office desk).

Data only: readiness.words looks them up. Every entry has both languages (tests/test_words.py).
"""

SECTIONS: dict[str, dict[str, dict[str, str]]] = {
    # -- the self-assessment's pages (/periksa) ---------------------------------------------------
    "ask": {
        "title": {"id": "Periksa kesiapan usaha", "en": "Check your business's readiness"},
        "intro": {"id": "Jawab pertanyaan langkah demi langkah. Lewati yang belum Anda ketahui: "
                        "hasilnya akan menyebut apa yang perlu dilengkapi. Jawaban disimpan di "
                        "peramban Anda saja, sampai Anda memilih mengirimkannya ke Dinas.",
                  "en": "Answer the questions step by step. Skip what you do not know yet: the "
                        "answer will say what to fill in. Your answers stay in your browser "
                        "until you choose to send them to the office."},
        "progress": {"id": "Langkah {n} dari {total}", "en": "Step {n} of {total}"},
        "step_usaha": {"id": "Usaha Anda", "en": "Your business"},
        "step_produk": {"id": "Produk Anda", "en": "Your products"},
        "step_rincian": {"id": "Izin dan dokumen usaha", "en": "Business permits and documents"},
        "step_product": {"id": "{name} ({category})", "en": "{name} ({category})"},
        "product_n": {"id": "Produk {n}", "en": "Product {n}"},
        "add_product": {"id": "Tambah produk", "en": "Add a product"},
        "sec_packaging": {"id": "Kemasan", "en": "Packaging"},
        "sec_label": {"id": "Label", "en": "Label"},
        "sec_permits": {"id": "Izin dan sertifikat", "en": "Permits and certificates"},
        "sec_documents": {"id": "Dokumen", "en": "Documents"},
        "sec_declarations": {"id": "Pernyataan", "en": "Declarations"},
        "sec_curation": {"id": "Kurasi", "en": "Curation"},
        "sec_other": {"id": "Lainnya", "en": "Other"},
        "remove_product": {"id": "Hapus produk ini", "en": "Remove this product"},
        "next": {"id": "Simpan dan lanjut", "en": "Save and continue"},
        "back": {"id": "Kembali", "en": "Back"},
        "fix_marked": {"id": "Periksa isian yang ditandai merah.",
                       "en": "Check the answers marked in red."},
        "nothing_here": {"id": "Tidak ada pertanyaan lagi di langkah ini.",
                         "en": "No more questions in this step."},
        "draft_note": {"id": "Jawaban tersimpan di peramban ini; Anda bisa menutup halaman dan "
                             "melanjutkan nanti.",
                       "en": "Your answers are kept in this browser; you can close the page and "
                             "carry on later."},
        "yes": {"id": "Ya", "en": "Yes"},
        "no": {"id": "Tidak / belum", "en": "No / not yet"},
        "have": {"id": "Sudah punya {what}?", "en": "Do you have: {what}?"},
        "have_entry": {"id": "Sudah punya {list}: {what}?", "en": "Do you have {list}: {what}?"},
        "ex_date": {"id": "27/11/2026", "en": "27/11/2026"},
        "ex_nib": {"id": "9120301234567", "en": "9120301234567"},
        "ex_money": {"id": "Rp 85.000", "en": "Rp 85,000"},
        "ex_quantity": {"id": "250 g", "en": "250 g"},
        "ex_integer": {"id": "180", "en": "180"},
        "ex_list": {"id": "pisahkan dengan koma", "en": "separate with commas"},
        "product.allergens": {"id": "Bahan alergen", "en": "Allergens"},
        "product.animal_derived": {"id": "Memakai bahan hewani (kulit, tulang, sutra)",
                                   "en": "Made with animal material (leather, bone, silk)"},
        "product.food_contact": {"id": "Dipakai untuk makanan/minuman (piring, kendi, gelas)",
                                 "en": "Used for food or drink (plates, jugs, glasses)"},
        "product.gi_claim": {"id": "Indikasi geografis yang diklaim",
                             "en": "Geographical indication claimed"},
        "product.label.area_cm2": {"id": "Luas label (cm2)", "en": "Label area (cm2)"},
        "product.licences": {"id": "lisensi merek acara (mis. MotoGP)",
                             "en": "a licence for the event's marks (e.g. MotoGP)"},
        "product.fibres": {"id": "komposisi serat", "en": "the fibre content"},
        "hint.product.allergens": {"id": "Mis. susu, telur, kacang; kosongkan bila tidak ada.",
                                   "en": "E.g. milk, egg, peanut; leave empty when there is none."},
        "hint.product.net_content": {"id": "Angka dan satuan metrik (g, kg, ml, l).",
                                     "en": "A number and a metric unit (g, kg, ml, l)."},
        "hint.product.kbli": {"id": "Kode KBLI produk ini, 5 angka; harus ada di KBLI usaha.",
                              "en": "This product's KBLI code, 5 digits; it must be among the business's."},
        "hint.business.kbli": {"id": "Kode KBLI (5 angka) yang terdaftar di NIB, mis. 10761; "
                                     "lihat lampiran NIB di OSS.",
                               "en": "KBLI codes (5 digits) registered on the NIB, e.g. 10761; "
                                     "see the NIB annex in OSS."},
        "hint.business.npwp": {"id": "16 angka (untuk orang pribadi sama dengan NIK): ada di "
                                     "kartu NPWP atau akun DJP Online.",
                               "en": "16 digits (the NIK for individuals): on the NPWP card or "
                                     "in DJP Online."},
        "hint.business.nib_risk_based": {"id": "Tertulis \"Berbasis Risiko\" di dokumen NIB "
                                               "(terbit lewat OSS sejak 2021).",
                                         "en": "The NIB document says \"Berbasis Risiko\" (issued "
                                               "by OSS since 2021)."},
        "hint.product.label.language": {"id": "Indonesia, atau bilingual (Indonesia dan bahasa lain).",
                                        "en": "Indonesia, or bilingual (Indonesian and another language)."},
        "hint.product.materials": {"id": "Bahan baku, mis. tanah liat, bambu.",
                                   "en": "Raw materials, e.g. clay, bamboo."},
        "hint.product.marks": {"id": "Logo/nama acara yang tercetak di produk (mis. MotoGP); "
                                     "kosongkan bila tidak ada.",
                               "en": "Event logos or names printed on the product (e.g. MotoGP); "
                                     "leave empty when there is none."},
        "hint.business.contact.phone": {"id": "Nomor telepon/WhatsApp usaha, mis. 081234567890.",
                                        "en": "The business's phone/WhatsApp, e.g. 081234567890."},
        "business.name": {"id": "Nama usaha", "en": "Business name"},
        "business.owner.name": {"id": "Nama pemilik", "en": "Owner's name"},
        "business.address.street": {"id": "Alamat (jalan, nomor)", "en": "Address (street, number)"},
        "business.address.village": {"id": "Desa/kelurahan", "en": "Village"},
        "business.address.district": {"id": "Kecamatan", "en": "District"},
        "product.name": {"id": "Nama produk", "en": "Product name"},
        "product.category": {"id": "Jenis produk", "en": "Kind of product"},
        "product.channels": {"id": "Dijual di mana", "en": "Sold where"},
        "date": {"id": "Tanggal", "en": "Date"},
        "result": {"id": "Hasil", "en": "Result"},
        "number": {"id": "Nomor", "en": "Number"},
        "issued": {"id": "Tanggal terbit", "en": "Date issued"},
        "expires": {"id": "Berlaku sampai", "en": "Valid until"},
        "scheme": {"id": "Skema sertifikasi halal", "en": "Halal certification scheme"},
        "recipe_unchanged": {"id": "Resep tidak berubah sejak sertifikat terbit",
                             "en": "Recipe unchanged since the certificate"},
        "mark": {"id": "Merek/logo", "en": "Mark/logo"},
        "material": {"id": "Bahan serat", "en": "Fibre"},
        "percent": {"id": "Persen", "en": "Percent"},
        "answer_title": {"id": "Hasil pemeriksaan", "en": "Your result"},
        "score": {"id": "skor", "en": "score"},
        "all_met": {"id": "Semua syarat terpenuhi.", "en": "Every requirement is met."},
        "pdf": {"id": "Unduh laporan (PDF)", "en": "Download the report (PDF)"},
        "yaml": {"id": "Unduh dosir (YAML)", "en": "Download the dossier (YAML)"},
        "send_title": {"id": "Kirim ke Dinas", "en": "Send to the office"},
        "consent": {"id": "Saya setuju jawaban di atas (nama usaha, pemilik, NIB, alamat, telepon "
                          "dan data produk) disimpan oleh Dinas Perindustrian untuk memeriksa "
                          "kesiapan usaha saya dan menghubungi saya tentang hal itu.",
                    "en": "I agree that the answers above (business name, owner, NIB, address, "
                          "phone and product data) are kept by the office of industry to check "
                          "my business's readiness and to contact me about it."},
        "consent_needed": {"id": "Centang persetujuan dulu untuk mengirim.",
                           "en": "Tick the consent box first to send."},
        "send": {"id": "Kirim ke Dinas", "en": "Send to the office"},
        "sent": {"id": "Terkirim. Nomor pengajuan Anda: {ref}. Sebutkan nomor ini bila "
                       "menghubungi Dinas.",
                 "en": "Sent. Your application number: {ref}. Quote it when you contact the "
                       "office."},
        "cannot_check": {"id": "Jawaban belum bisa diperiksa: lengkapi nama usaha dan produk.",
                         "en": "The answers cannot be checked yet: fill in the business and "
                               "product names."},
        "back_to_form": {"id": "Kembali ke formulir", "en": "Back to the form"},
        "restart": {"id": "Mulai dari awal (hapus jawaban)", "en": "Start again (clear answers)"},
    },
    "desk": {
        # -- every desk page ------------------------------------------------------------------------
        "title": {"id": "Meja dinas", "en": "Office desk"},
        "file_line": {"id": "{file}, baris {line}: {text}", "en": "{file}, line {line}: {text}"},
        "job_internal": {"id": "kesalahan internal saat memeriksa daftar (lihat log server)",
                         "en": "an internal error while checking the list (see the server's log)"},
        "logout": {"id": "Keluar", "en": "Log out"},
        "nav_queue": {"id": "Antrean", "en": "Queue"},
        "nav_approvals": {"id": "Persetujuan", "en": "Approvals"},
        "nav_upload": {"id": "Unggah dosir", "en": "Upload a dossier"},
        "nav_certificates": {"id": "Sertifikat", "en": "Certificates"},
        "nav_vendor": {"id": "Meja vendor", "en": "Vendor desk"},
        "nav_audit": {"id": "Log audit", "en": "Audit log"},
        "nav_users": {"id": "Pengguna", "en": "Accounts"},
        "nav_settings": {"id": "Pengaturan", "en": "Settings"},
        "nav_account": {"id": "Akun saya", "en": "My account"},
        "role_officer": {"id": "petugas", "en": "officer"},
        "role_approver": {"id": "kepala seksi (penyetuju)", "en": "head of section (approver)"},
        "role_organizer": {"id": "penyelenggara (meja vendor)", "en": "organizer (vendor desk)"},
        "role_admin": {"id": "admin", "en": "admin"},
        "save": {"id": "Simpan", "en": "Save"},
        "unknown": {"id": "(tidak diketahui)", "en": "(unknown)"},
        "newer": {"id": "Lebih baru", "en": "Newer"},
        "older": {"id": "Lebih lama", "en": "Older"},
        "f_all": {"id": "Semua", "en": "All"},
        "f_apply": {"id": "Tampilkan", "en": "Show"},
        "f_status": {"id": "Status", "en": "Status"},
        "f_regency": {"id": "Kabupaten/kota", "en": "Regency"},
        "f_category": {"id": "Kategori", "en": "Category"},
        "f_verdict": {"id": "Hasil", "en": "Verdict"},
        # -- what just happened ---------------------------------------------------------------------
        "ok_password_changed": {"id": "Kata sandi diganti.", "en": "Password changed."},
        "ok_waived": {"id": "Pengecualian dicatat dan berlaku.",
                           "en": "Waiver recorded; it is in force."},
        "ok_pending": {"id": "Pengecualian dicatat. Karena syarat ini dapat menjadi penghalang "
                                  "(blocker), pengecualian baru berlaku setelah disetujui petugas "
                                  "lain yang berperan penyetuju.",
                            "en": "Waiver recorded. This requirement can be a blocker, so the waiver "
                                  "takes effect once another officer with the approver role "
                                  "approves it."},
        "ok_verdict": {"id": "Penilaian dicatat.", "en": "Verdict recorded."},
        "ok_approved": {"id": "Pengecualian disetujui dan kini berlaku.",
                             "en": "Waiver approved; it is now in force."},
        "ok_withdrawn": {"id": "Keputusan ditarik.", "en": "Decision withdrawn."},
        "ok_imported": {"id": "Berkas keputusan dibaca: {n} dicatat, {same} sudah sama, {wait} "
                                   "menunggu persetujuan.",
                             "en": "Decisions file read: {n} recorded, {same} already the same, "
                                   "{wait} waiting for approval."},
        "ok_status_in_review": {"id": "Pengajuan sedang ditinjau.",
                                     "en": "The application is under review."},
        "ok_status_returned": {"id": "Pengajuan dikembalikan ke pelaku usaha.",
                                    "en": "The application was returned to the business."},
        "ok_uploaded": {"id": "Dosir diperiksa dan masuk antrean.",
                             "en": "The dossier was checked and put in the queue."},
        "ok_issued_new": {"id": "Sertifikat diterbitkan, dicatat di register dan "
                                     "ditandatangani.",
                               "en": "Certificate issued, recorded in the register and signed."},
        "ok_issued_same": {"id": "Isi sertifikat tidak berubah: nomor yang sama dicetak ulang.",
                                "en": "The certificate's content is unchanged: the same number was "
                                      "printed again."},
        "ok_issued_supersedes": {"id": "Sertifikat baru diterbitkan; menggantikan nomor "
                                            "sebelumnya.",
                                      "en": "A new certificate was issued; it supersedes the "
                                            "previous number."},
        "ok_revoked": {"id": "Sertifikat dicabut. Halaman verifikasi kini menyatakan DICABUT.",
                            "en": "Certificate revoked. Its verification page now says REVOKED."},
        "ok_user_added": {"id": "Akun dibuat. Pemiliknya memilih kata sandi sendiri saat "
                                     "pertama masuk.",
                               "en": "Account created. Its owner chooses a password at the first "
                                     "login."},
        "ok_user_role": {"id": "Peran diganti; sesi akun itu diakhiri.",
                              "en": "Role changed; that account's sessions ended."},
        "ok_user_disable": {"id": "Akun dinonaktifkan.", "en": "Account disabled."},
        "ok_user_enable": {"id": "Akun diaktifkan.", "en": "Account enabled."},
        "ok_user_reset": {"id": "Kata sandi sementara dipasang; kunci percobaan dibuka.",
                               "en": "Temporary password set; the lock-out cleared."},
        "ok_settings_saved": {"id": "Pengaturan disimpan (dicatat di log audit).",
                                   "en": "Settings saved (recorded in the audit log)."},
        # -- logging in -----------------------------------------------------------------------------
        "login_title": {"id": "Masuk ke meja dinas", "en": "Log in to the office desk"},
        "login_name": {"id": "Nama pengguna", "en": "User name"},
        "login_password": {"id": "Kata sandi", "en": "Password"},
        "login_button": {"id": "Masuk", "en": "Log in"},
        "login_hint": {"id": "Akun dibuat oleh admin dinas. Lupa kata sandi? Minta admin "
                                  "mengatur ulang.",
                            "en": "Accounts are made by the office's admin. Forgot your password? "
                                  "Ask the admin to reset it."},
        "login_bad": {"id": "Nama pengguna atau kata sandi salah.",
                           "en": "Wrong user name or password."},
        "login_disabled": {"id": "Akun ini dinonaktifkan. Hubungi admin dinas.",
                                "en": "This account is disabled. Contact the office's admin."},
        "login_locked_account": {"id": "Terlalu banyak percobaan gagal untuk akun ini. Coba "
                                            "lagi setelah pukul {until}, atau minta admin mengatur "
                                            "ulang kata sandi.",
                                      "en": "Too many failed attempts for this account. Try again "
                                            "after {until}, or ask the admin to reset the "
                                            "password."},
        "login_locked_client": {"id": "Terlalu banyak percobaan gagal dari perangkat/jaringan "
                                           "ini. Coba lagi setelah pukul {until}.",
                                     "en": "Too many failed attempts from this device or network. "
                                           "Try again after {until}."},
        "logged_out": {"id": "Anda sudah keluar.", "en": "You are logged out."},
        "expired": {"id": "Sesi berakhir; silakan masuk lagi.",
                         "en": "Your session ended; please log in again."},
        "account_title": {"id": "Akun saya", "en": "My account"},
        "full_name": {"id": "Nama lengkap (dicetak pada sertifikat)",
                           "en": "Full name (printed on certificates)"},
        "role": {"id": "Peran", "en": "Role"},
        "must_change": {"id": "Kata sandi Anda diatur ulang: pilih kata sandi baru sebelum "
                                   "melanjutkan.",
                             "en": "Your password was reset: choose a new one before you go on."},
        "change_password": {"id": "Ganti kata sandi", "en": "Change password"},
        "old_password": {"id": "Kata sandi sekarang", "en": "Current password"},
        "new_password": {"id": "Kata sandi baru (paling sedikit 10 karakter)",
                              "en": "New password (at least 10 characters)"},
        "new_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
        # -- the queue ------------------------------------------------------------------------------
        "queue_title": {"id": "Antrean pengajuan", "en": "Applications queue"},
        "queue_pending": {"id": "{n} pengecualian syarat penghalang menunggu persetujuan",
                               "en": "{n} blocker waiver(s) waiting for approval"},
        "queue_empty": {"id": "Tidak ada pengajuan yang cocok.",
                             "en": "No application matches."},
        "col_ref": {"id": "Nomor", "en": "Reference"},
        "col_business": {"id": "Usaha", "en": "Business"},
        "col_regency": {"id": "Kabupaten/kota", "en": "Regency"},
        "col_verdict": {"id": "Hasil", "en": "Verdict"},
        "col_status": {"id": "Status", "en": "Status"},
        "col_received": {"id": "Diterima", "en": "Received"},
        "col_decision": {"id": "Keputusan", "en": "Decision"},
        "col_subject": {"id": "Untuk", "en": "For"},
        "col_by": {"id": "Oleh", "en": "By"},
        "col_state": {"id": "Keadaan", "en": "State"},
        "col_number": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "col_issued": {"id": "Terbit", "en": "Issued"},
        "col_file": {"id": "Berkas", "en": "File"},
        "col_no": {"id": "No", "en": "No"},
        "col_score": {"id": "Skor", "en": "Score"},
        "col_products": {"id": "Produk", "en": "Products"},
        "col_gaps": {"id": "Kekurangan", "en": "Gaps"},
        "col_row": {"id": "Baris", "en": "Row"},
        "col_problem": {"id": "Masalah", "en": "Problem"},
        "app_new": {"id": "baru", "en": "new"},
        "app_in_review": {"id": "ditinjau", "en": "in review"},
        "app_returned": {"id": "dikembalikan", "en": "returned"},
        "app_certified": {"id": "bersertifikat", "en": "certified"},
        "src_self_assessment": {"id": "dikirim pelaku usaha", "en": "sent by the business"},
        "src_upload": {"id": "diunggah petugas", "en": "uploaded by an officer"},
        # -- an application -------------------------------------------------------------------------
        "today_verdict": {"id": "Hasil hari ini", "en": "Verdict today"},
        "score": {"id": "skor", "en": "score"},
        "cert_due": {"id": "Sertifikat dapat diterbitkan.", "en": "A certificate is due."},
        "cert_not_due": {"id": "Belum dapat diberi sertifikat.",
                              "en": "No certificate is due yet."},
        "issue_button": {"id": "Terbitkan sertifikat", "en": "Issue the certificate"},
        "move_start": {"id": "Mulai tinjau", "en": "Start the review"},
        "move_again": {"id": "Tinjau lagi", "en": "Review again"},
        "return_title": {"id": "Kembalikan ke pelaku usaha", "en": "Return to the business"},
        "return_note": {"id": "Apa yang harus dilakukan pelaku usaha sebelum mengirim lagi",
                             "en": "What the business must do before sending it again"},
        "return_button": {"id": "Kembalikan", "en": "Return"},
        "certs_of_business": {"id": "Sertifikat usaha ini", "en": "This business's certificates"},
        "business": {"id": "Data usaha", "en": "The business"},
        "regency": {"id": "Kabupaten/kota", "en": "Regency"},
        "owner": {"id": "Pemilik", "en": "Owner"},
        "phone": {"id": "Telepon/WA", "en": "Phone/WhatsApp"},
        "address": {"id": "Alamat", "en": "Address"},
        "findings": {"id": "Temuan", "en": "Findings"},
        "the_business": {"id": "Usaha (seluruhnya)", "en": "The business (as a whole)"},
        "no_gaps": {"id": "Tidak ada kekurangan.", "en": "No gaps."},
        "passed": {"id": "{n} syarat terpenuhi atau tidak berlaku",
                        "en": "{n} requirement(s) met or not applicable"},
        "decisions": {"id": "Keputusan petugas", "en": "Officers' decisions"},
        "no_decisions": {"id": "Belum ada keputusan.", "en": "No decisions yet."},
        "kind_waiver": {"id": "pengecualian", "en": "waiver"},
        "kind_verdict": {"id": "penilaian", "en": "verdict"},
        "verdict_pass": {"id": "memenuhi", "en": "pass"},
        "verdict_fail": {"id": "tidak memenuhi", "en": "fail"},
        "until": {"id": "s/d", "en": "until"},
        "imported": {"id": "dari berkas", "en": "from a file"},
        "approved_by": {"id": "disetujui oleh", "en": "approved by"},
        "state_in_force": {"id": "berlaku", "en": "in force"},
        "state_pending": {"id": "menunggu persetujuan", "en": "waiting for approval"},
        "state_withdrawn": {"id": "ditarik oleh {by}", "en": "withdrawn by {by}"},
        "approve": {"id": "Setujui", "en": "Approve"},
        "withdraw": {"id": "Tarik", "en": "Withdraw"},
        "own_waiver": {"id": "dicatat oleh Anda: perlu penyetuju lain",
                            "en": "recorded by you: needs another approver"},
        "export_decisions": {"id": "Unduh berkas keputusan (YAML)",
                                  "en": "Download the decisions file (YAML)"},
        "import_decisions": {"id": "Baca berkas keputusan", "en": "Read a decisions file"},
        "import_button": {"id": "Baca", "en": "Read"},
        "history": {"id": "Riwayat", "en": "History"},
        # -- a finding ------------------------------------------------------------------------------
        "field_path": {"id": "Kolom dosir", "en": "Dossier field"},
        "evidence": {"id": "Yang dinilai", "en": "What is judged"},
        "why": {"id": "Mengapa", "en": "Why"},
        "fix": {"id": "Cara memenuhi", "en": "How to meet it"},
        "agency": {"id": "Instansi", "en": "Agency"},
        "legal": {"id": "Dasar hukum", "en": "Legal basis"},
        "waive_title": {"id": "Catat pengecualian", "en": "Record a waiver"},
        "waive_blocker_note": {"id": "Syarat ini dapat menjadi penghalang (blocker): "
                                          "pengecualiannya baru berlaku setelah disetujui petugas "
                                          "lain yang berperan penyetuju.",
                                    "en": "This requirement can be a blocker: its waiver takes "
                                          "effect only once another officer with the approver role "
                                          "approves it."},
        "waive_reason": {"id": "Alasan (dicetak pada sertifikat)",
                              "en": "Reason (printed on the certificate)"},
        "waive_expires": {"id": "Berlaku sampai", "en": "In force until"},
        "waive_expires_hint": {"id": "Paling lambat hari terakhir acara ({end}).",
                                    "en": "At the latest the event's last day ({end})."},
        "waive_button": {"id": "Catat pengecualian", "en": "Record the waiver"},
        "verdict_title": {"id": "Penilaian petugas", "en": "Officer's verdict"},
        "verdict_note": {"id": "Catatan", "en": "Note"},
        "verdict_button": {"id": "Catat penilaian", "en": "Record the verdict"},
        "back_to_application": {"id": "Kembali ke pengajuan", "en": "Back to the application"},
        # -- approvals, uploads, certificates -------------------------------------------------------
        "approvals_title": {"id": "Menunggu persetujuan", "en": "Waiting for approval"},
        "approvals_hint": {"id": "Pengecualian syarat penghalang (blocker) baru berlaku setelah "
                                      "disetujui petugas kedua. Anda tidak dapat menyetujui "
                                      "pengecualian yang Anda catat sendiri.",
                                "en": "A blocker's waiver takes effect only once a second officer "
                                      "approves it. You cannot approve a waiver you recorded "
                                      "yourself."},
        "approvals_none": {"id": "Tidak ada yang menunggu persetujuan.",
                                "en": "Nothing is waiting for approval."},
        "upload_title": {"id": "Unggah dosir", "en": "Upload a dossier"},
        "upload_text": {"id": "Dosir yang diterima dinas (YAML atau JSON, atau baris-baris satu "
                                   "usaha dari ekspor formulir pendaftaran, CSV/XLSX) diperiksa lalu "
                                   "masuk antrean. Daftar banyak usaha diperiksa di meja vendor.",
                             "en": "A dossier the office received (YAML or JSON, or one business's "
                                   "rows of the registration form's export, CSV/XLSX) is checked and "
                                   "put in the queue. Lists of many businesses go to the vendor "
                                       ""},
        "upload_file": {"id": "Berkas dosir", "en": "Dossier file"},
        "upload_button": {"id": "Periksa dan masukkan antrean", "en": "Check and queue it"},
        "certs_title": {"id": "Sertifikat terbit", "en": "Certificates issued"},
        "certs_search": {"id": "Nomor sertifikat atau NIB", "en": "Certificate number or NIB"},
        "certs_none": {"id": "Tidak ada sertifikat.", "en": "No certificates."},
        "open_verification": {"id": "Buka halaman verifikasi", "en": "Open the verification page"},
        "download_pdf": {"id": "Unduh PDF", "en": "Download the PDF"},
        "signer": {"id": "Penanda tangan", "en": "Signed by"},
        "conditions": {"id": "Catatan sertifikat", "en": "Certificate conditions"},
        "cond_waiver": {"id": "pengecualian", "en": "waiver"},
        "cond_gap": {"id": "kekurangan", "en": "gap"},
        "cond_manual": {"id": "menunggu penilaian", "en": "awaiting a verdict"},
        "revoke_title": {"id": "Cabut sertifikat", "en": "Revoke the certificate"},
        "revoke_reason": {"id": "Alasan (tampil di halaman verifikasi)",
                               "en": "Reason (shown on the verification page)"},
        "revoke_hint": {"id": "Pencabutan tidak dapat dibatalkan.",
                             "en": "A revocation cannot be undone."},
        "revoke_button": {"id": "Cabut", "en": "Revoke"},
        # -- the vendor desk ------------------------------------------------------------------------
        "vendor_title": {"id": "Meja vendor", "en": "Vendor desk"},
        "vendor_text": {"id": "Unggah ekspor formulir pendaftaran (CSV atau XLSX). Semua usaha "
                                   "diperiksa di latar belakang; baris yang rusak dicatat, tidak "
                                   "menghentikan pemeriksaan.",
                             "en": "Upload the registration form's export (CSV or XLSX). Every "
                                   "business is checked in the background; a broken row is listed, "
                                   "it does not stop the run."},
        "vendor_file": {"id": "Ekspor formulir pendaftaran", "en": "Registration form export"},
        "vendor_standard": {"id": "Standar", "en": "Standard"},
        "vendor_as_of": {"id": "Per tanggal", "en": "As of"},
        "vendor_lang": {"id": "Bahasa hasil", "en": "Language of the results"},
        "vendor_button": {"id": "Unggah dan periksa", "en": "Upload and check"},
        "vendor_uploads": {"id": "Unggahan saya", "en": "My uploads"},
        "vendor_uploads_all": {"id": "Semua unggahan", "en": "All uploads"},
        "vendor_none": {"id": "Belum ada unggahan.", "en": "No uploads yet."},
        "vendor_again": {"id": "Unggah lagi", "en": "Upload again"},
        "job_queued": {"id": "menunggu giliran", "en": "queued"},
        "job_running": {"id": "sedang diperiksa", "en": "being checked"},
        "job_done": {"id": "selesai", "en": "done"},
        "job_failed": {"id": "gagal", "en": "failed"},
        "job_counts": {"id": "{total} usaha, {certified} tersertifikasi",
                            "en": "{total} businesses, {certified} certified"},
        "job_progress": {"id": "{done} dari {total} usaha diperiksa",
                              "en": "{done} of {total} businesses checked"},
        "job_waiting": {"id": "Menunggu giliran...", "en": "Waiting for its turn..."},
        "job_hint": {"id": "Halaman boleh ditutup atau dimuat ulang; pemeriksaan berjalan "
                                "terus di server.",
                          "en": "You may close or reload this page; the check goes on on the "
                                "server."},
        "job_refresh": {"id": "Muat ulang", "en": "Reload"},
        "as_of": {"id": "per", "en": "as of"},
        "uploaded": {"id": "diunggah", "en": "uploaded"},
        "job_took": {"id": "diperiksa dalam {seconds} detik", "en": "checked in {seconds} s"},
        "t_businesses": {"id": "usaha", "en": "businesses"},
        "t_certified": {"id": "tersertifikasi", "en": "certified"},
        "t_not_certified": {"id": "belum", "en": "not certified"},
        "t_unreadable": {"id": "tidak terbaca", "en": "unreadable"},
        "t_table": {"id": "Semua usaha", "en": "Every business"},
        "sort_by": {"id": "Urutkan menurut", "en": "Sort by"},
        "sort_dir": {"id": "Arah", "en": "Order"},
        "sort_asc": {"id": "naik", "en": "ascending"},
        "sort_desc": {"id": "turun", "en": "descending"},
        "downloads": {"id": "Unduhan", "en": "Downloads"},
        "file_summary_xlsx": {"id": "Ringkasan (XLSX)", "en": "Summary (XLSX)"},
        "file_summary_pdf": {"id": "Ringkasan (PDF)", "en": "Summary (PDF)"},
        "file_errors_csv": {"id": "Daftar masalah (CSV)", "en": "Problems (CSV)"},
        "file_annotated_xlsx": {"id": "Berkas Anda dengan hasilnya (XLSX)",
                                     "en": "Your file with its results (XLSX)"},
        "personal_left_out": {"id": "NIK dan nomor telepon tidak disertakan (UU 27/2022 "
                                         "tentang Pelindungan Data Pribadi).",
                                   "en": "NIK and phone numbers are left out (Law 27/2022 on "
                                         "Personal Data Protection)."},
        "chart_regency": {"id": "Per kabupaten/kota (usaha)", "en": "By regency (businesses)"},
        "chart_category": {"id": "Per kategori (produk)", "en": "By category (products)"},
        "chart_rules": {"id": "Syarat yang paling sering tidak terpenuhi",
                             "en": "Requirements failed most often"},
        "chart_certified": {"id": "tersertifikasi", "en": "certified"},
        "chart_not_certified": {"id": "belum", "en": "not certified"},
        "chart_on_certificate": {"id": "dalam sertifikat", "en": "on a certificate"},
        "chart_not_on_certificate": {"id": "belum", "en": "not yet"},
        "certifiable": {"id": "dapat disertifikasi", "en": "certifiable"},
        "products_ready": {"id": "{ready} dari {total} siap", "en": "{ready} of {total} ready"},
        "problems": {"id": "Masalah dalam daftar ({n})", "en": "Problems in the list ({n})"},
        "problems_more": {"id": "Daftar lengkap ada di berkas masalah (CSV).",
                               "en": "The full list is in the problems file (CSV)."},
        "level_error": {"id": "galat", "en": "error"},
        "level_warning": {"id": "peringatan", "en": "warning"},
        # -- accounts, settings, audit --------------------------------------------------------------
        "users_title": {"id": "Pengguna", "en": "Accounts"},
        "user_active": {"id": "aktif", "en": "active"},
        "user_disabled": {"id": "nonaktif", "en": "disabled"},
        "user_must_change": {"id": "harus ganti kata sandi", "en": "must change the password"},
        "user_disable": {"id": "Nonaktifkan", "en": "Disable"},
        "user_enable": {"id": "Aktifkan", "en": "Enable"},
        "user_reset": {"id": "Atur ulang kata sandi", "en": "Reset the password"},
        "user_add": {"id": "Tambah akun", "en": "Add an account"},
        "user_add_hint": {"id": "Berikan kata sandi sementara kepada pemilik akun secara "
                                     "langsung; ia menggantinya saat pertama masuk.",
                               "en": "Give the temporary password to the account's owner in person; "
                                     "they replace it at the first login."},
        "temp_password": {"id": "Kata sandi sementara", "en": "Temporary password"},
        "settings_title": {"id": "Pengaturan", "en": "Settings"},
        "setting_personal": {"id": "Data pribadi untuk penyelenggara",
                                  "en": "Personal data for organizers"},
        "setting_personal_hint": {"id": "NIK dan nomor telepon pelaku usaha hanya untuk yang "
                                             "memerlukannya (UU 27/2022). Perubahan dicatat di log "
                                             "audit.",
                                       "en": "Business owners' NIK and phone numbers are only for "
                                             "those who need them (Law 27/2022). A change is "
                                             "recorded in the audit log."},
        "setting_personal_no": {"id": "Penyelenggara tidak melihat NIK dan nomor telepon "
                                           "(disarankan)",
                                     "en": "Organizers do not see NIK and phone numbers "
                                           "(recommended)"},
        "setting_personal_yes": {"id": "Penyelenggara melihat NIK dan nomor telepon dalam "
                                            "unduhan",
                                      "en": "Organizers see NIK and phone numbers in downloads"},
        "audit_title": {"id": "Log audit", "en": "Audit log"},
        "audit_hint": {"id": "Setiap keputusan, penerbitan, pencabutan, proses masuk dan "
                                  "keluar, perubahan peran dan status tercatat di sini dan tidak "
                                  "dapat diubah: setiap entri memuat hash entri sebelumnya.",
                            "en": "Every decision, issue, revocation, login and logout, role and "
                                  "status change is recorded here and cannot be changed: each entry "
                                  "holds the hash of the one before."},
        "audit_check": {"id": "Periksa rantai hash", "en": "Check the hash chain"},
        "audit_export_csv": {"id": "Ekspor CSV", "en": "Export CSV"},
        "audit_export_jsonl": {"id": "Ekspor JSONL", "en": "Export JSONL"},
        "audit_when": {"id": "Waktu", "en": "When"},
        "audit_actor": {"id": "Pelaku", "en": "Who"},
        "audit_action": {"id": "Tindakan", "en": "Action"},
        "audit_details": {"id": "Rincian", "en": "Details"},
        # -- readiness users ------------------------------------------------------------------------
        "cli_password": {"id": "Kata sandi", "en": "Password"},
        "cli_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
        "cli_added": {"id": "akun {name} ({role}) dibuat; masuk di {url}",
                           "en": "account {name} ({role}) created; log in at {url}"},
        "cli_disabled": {"id": "akun {name} dinonaktifkan; sesinya diakhiri",
                              "en": "account {name} disabled; its sessions ended"},
        "cli_enabled": {"id": "akun {name} diaktifkan kembali",
                             "en": "account {name} enabled again"},
        "cli_reset": {"id": "kata sandi {name} diganti; ia harus memilih kata sandi baru saat "
                                 "masuk berikutnya (kunci percobaan gagal dihapus, sesinya diakhiri)",
                           "en": "{name}'s password replaced; they must choose a new one at the next "
                                 "login (failed attempts cleared, sessions ended)"},
        "cli_role": {"id": "peran {name} sekarang {role}; sesinya diakhiri",
                          "en": "{name}'s role is now {role}; their sessions ended"},
        "cli_none": {"id": "belum ada akun: buat admin pertama dengan `readiness users add "
                                "NAMA --role admin`",
                          "en": "no accounts yet: make the first admin with `readiness users add "
                                "NAME --role admin`"},
        "cli_list_disabled": {"id": "nonaktif", "en": "disabled"},
        "cli_list_must_change": {"id": "harus ganti sandi", "en": "must change password"},
        # -- readiness register audit -----------------------------------------------------------------
        "audit_ok": {"id": "log audit utuh: {n} entri; kepala {head}",
                          "en": "audit log intact: {n} entries; head {head}"},
        "audit_empty": {"id": "log audit masih kosong", "en": "the audit log is empty"},
        "audit_broken": {"id": "log audit RUSAK pada entri {seq}: {why}",
                              "en": "audit log BROKEN at entry {seq}: {why}"},
        "audit_why_missing": {"id": "entri {missing} hilang (dihapus); entri {next} menyusul "
                                         "entri {prev}",
                                   "en": "entry {missing} is missing (deleted); entry {next} follows "
                                         "entry {prev}"},
        "audit_why_changed": {"id": "isinya diubah setelah ditulis (tidak cocok dengan "
                                         "hash-nya)",
                                   "en": "it was changed after it was written (its content does "
                                         "not match its hash)"},
        "audit_why_unlinked": {"id": "tidak menyambung ke entri {prev}: hash entri "
                                          "sebelumnya berbeda (entri {prev} atau entri ini diubah)",
                                    "en": "it does not follow entry {prev}: the previous entry's "
                                          "hash differs (entry {prev} or this one was changed)"},
        "audit_why_head": {"id": "kepala yang dicatat ({head}) tidak ada lagi: log kini "
                                      "berakhir di entri {n}",
                                "en": "the head remembered ({head}) is no longer there: the log "
                                      "now ends at entry {n}"},
        "audit_exported": {"id": "{n} entri ditulis ke {path}",
                                "en": "{n} entries written to {path}"},
    },
}
