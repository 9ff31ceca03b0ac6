"""The words of values and fields: one section per closed set of values (the enums of
`readiness.vocab` and the `Literal`s of `readiness.model`, named in `VALUE_SETS`), `value`
(yes/no and the other words of a value), `field` (a dossier field as messages name it) and
`field_hint` (what to fill in).

Data only: readiness.words looks them up. Every entry has both languages (tests/test_words.py).
"""

SECTIONS: dict[str, dict[str, dict[str, str]]] = {
    "status": {
        "pass": {"id": "lulus", "en": "pass"},
        "fail": {"id": "perbaiki", "en": "fix"},
        "missing": {"id": "lengkapi data", "en": "missing data"},
        "not_applicable": {"id": "tidak berlaku", "en": "not applicable"},
        "waived": {"id": "dikecualikan", "en": "waived"},
        "manual": {"id": "perlu petugas", "en": "officer to judge"},
    },
    "severity": {
        "blocker": {"id": "penghalang", "en": "blocker"},
        "major": {"id": "utama", "en": "major"},
        "minor": {"id": "ringan", "en": "minor"},
    },
    "verdict": {
        "not_ready": {"id": "belum siap", "en": "not ready"},
        "conditional": {"id": "siap bersyarat", "en": "conditionally ready"},
        "ready": {"id": "siap", "en": "ready"},
    },
    "category": {
        "packaged_food": {"id": "pangan olahan kemasan", "en": "packaged food"},
        "ready_to_eat": {"id": "pangan siap saji", "en": "ready-to-eat food"},
        "textile": {"id": "tekstil", "en": "textile"},
        "craft": {"id": "kerajinan", "en": "craft"},
        "cosmetic": {"id": "kosmetik", "en": "cosmetic"},
        "traditional_medicine": {"id": "obat tradisional (jamu)", "en": "traditional medicine (jamu)"},
    },
    "category_hint": {
        "packaged_food": {
            "id": "pangan olahan kemasan (kopi, keripik, madu, sambal botol, ...)",
            "en": "packaged food (coffee, chips, honey, bottled sambal, ...)"},
        "ready_to_eat": {
            "id": "pangan siap saji (makanan/minuman dimasak dan dijual langsung)",
            "en": "ready-to-eat food (cooked and sold on the spot)"},
        "textile": {
            "id": "kain dan busana (tenun, songket, batik, kaos)",
            "en": "textiles (woven cloth, clothing)"},
        "craft": {
            "id": "kerajinan (gerabah, anyaman, ukiran, perhiasan)",
            "en": "crafts (pottery, basketry, carving, jewellery)"},
        "cosmetic": {
            "id": "kosmetik dan perawatan tubuh (lulur, sabun, minyak)",
            "en": "cosmetics and body care"},
        "traditional_medicine": {
            "id": "obat tradisional (jamu, param, parem, boreh, pilis)",
            "en": "traditional medicine (jamu, param, parem, boreh, pilis)"},
    },
    "channel": {
        "event": {"id": "stan acara", "en": "event booth"},
        "hotel": {"id": "pasokan hotel", "en": "hotel supply"},
        "souvenir": {"id": "toko suvenir", "en": "souvenir shops"},
        "online": {"id": "penjualan daring", "en": "online sales"},
    },
    "channel_hint": {
        "event": {"id": "dijual di area acara MotoGP", "en": "sold at the MotoGP venue"},
        "hotel": {"id": "dipasok ke hotel", "en": "supplied to hotels"},
        "souvenir": {
            "id": "dijual sebagai oleh-oleh di toko/galeri",
            "en": "sold as a souvenir in shops/galleries"},
        "online": {
            "id": "dijual daring (marketplace, media sosial, situs)",
            "en": "sold online (marketplaces, social media, a website)"},
    },
    "scale": {
        "micro": {"id": "mikro", "en": "micro"},
        "small": {"id": "kecil", "en": "small"},
        "medium": {"id": "menengah", "en": "medium"},
        "large": {"id": "besar", "en": "large"},
    },
    # a label's language (product.label.language), as `init` and /periksa offer it
    "language": {
        "id": {"id": "Bahasa Indonesia", "en": "Indonesian"},
        "bilingual": {"id": "dwibahasa, dengan teks Indonesia lengkap",
                      "en": "bilingual, with the full Indonesian text"},
    },
    "label_element": {
        "product_name": {"id": "nama produk", "en": "product name"},
        "ingredients": {"id": "komposisi/daftar bahan", "en": "ingredient list"},
        "net_content": {"id": "isi bersih", "en": "net content"},
        "producer_name": {"id": "nama produsen", "en": "producer name"},
        "producer_address": {"id": "nama dan alamat produsen", "en": "producer name and address"},
        "production_code": {"id": "kode produksi", "en": "production code"},
        "production_date": {"id": "tanggal produksi", "en": "production date"},
        "best_before": {"id": "tanggal kedaluwarsa", "en": "best-before date"},
        "permit_number": {"id": "nomor izin edar", "en": "permit number"},
        "halal_logo": {"id": "logo halal", "en": "halal logo"},
        "halal_number": {"id": "nomor sertifikat halal", "en": "halal certificate number"},
        "allergens": {"id": "informasi alergen", "en": "allergen statement"},
        "storage": {"id": "cara penyimpanan", "en": "storage instructions"},
        "nutrition": {"id": "informasi nilai gizi", "en": "nutrition facts"},
        "usage": {"id": "cara penggunaan", "en": "directions for use"},
        "warnings": {"id": "peringatan", "en": "warnings"},
        "origin": {"id": "asal produk", "en": "origin"},
        "fibre_content": {"id": "komposisi serat", "en": "fibre content"},
        "care": {"id": "petunjuk perawatan", "en": "care instructions"},
        "size": {"id": "ukuran", "en": "size"},
        "price": {"id": "harga", "en": "price"},
        "non_halal_statement": {"id": "keterangan \"tidak halal\"", "en": "\"not halal\" statement"},
        "pork_mark": {
            "id": "tulisan \"MENGANDUNG BABI\" dan gambar babi dalam kotak merah",
            "en": "\"MENGANDUNG BABI\" (contains pork) and the pig picture in a red box"},
        "shared_facility_pork_statement": {
            "id": "keterangan fasilitas bersama dengan bahan bersumber babi dan gambar babi",
            "en": "statement of a facility shared with pork-derived material, with the pig picture"},
    },
    "permit_type": {
        "pirt": {"id": "SPP-IRT (P-IRT)", "en": "SPP-IRT (P-IRT) certificate"},
        "bpom_md": {"id": "izin edar BPOM MD", "en": "BPOM MD registration"},
        "bpom_ml": {"id": "izin edar BPOM ML", "en": "BPOM ML registration"},
        "bpom_na": {"id": "notifikasi kosmetik BPOM (NA)", "en": "BPOM cosmetic notification (NA)"},
        "halal": {"id": "sertifikat halal", "en": "halal certificate"},
        "sni": {"id": "sertifikat SPPT-SNI", "en": "SNI product certificate (SPPT-SNI)"},
        "bpom_tr": {"id": "izin edar obat tradisional BPOM (POM TR)", "en": "BPOM traditional-medicine registration (POM TR)"},
        "psah": {"id": "registrasi pangan segar asal hewan (Kementan)",
                 "en": "fresh food of animal origin registration (Ministry of Agriculture)"},
        "other": {"id": "lainnya", "en": "other"},
    },
    "document_type": {
        "pkp": {
            "id": "sertifikat PKP (penyuluhan keamanan pangan)",
            "en": "food-safety counselling (PKP) certificate"},
        "slhs": {
            "id": "Sertifikat Laik Higiene Sanitasi (SLHS)",
            "en": "hygiene certificate (SLHS)"},
        "label_hsp": {"id": "Label Pembinaan/Pengawasan HSP", "en": "HSP hygiene label"},
        "food_handler_training": {
            "id": "sertifikat pelatihan penjamah pangan",
            "en": "food-handler training certificate"},
        "lab_test": {"id": "hasil uji laboratorium", "en": "laboratory test report"},
        "lead_free_declaration": {"id": "pernyataan bebas timbal", "en": "lead-free declaration"},
        "legal_origin": {"id": "dokumen asal-usul kayu yang sah (SVLK/V-Legal atau nota asal-usul)",
                         "en": "legal-origin document for the timber (SVLK/V-Legal or a dealer's note)"},
        "skpl_minol": {"id": "Surat Keterangan Penjual Langsung minuman beralkohol (SKPL)",
                       "en": "direct-sale licence for alcoholic drinks (SKPL)"},
        "food_handler_health": {"id": "surat keterangan sehat penjamah pangan",
                                "en": "food handlers' health certificate"},
        "scale_verification": {"id": "bukti tera/tera ulang timbangan", "en": "scale verification (tera) record"},
        "sertifikat_standar": {
            "id": "Sertifikat Standar (OSS)",
            "en": "standard certificate (OSS)"},
        "other": {"id": "lainnya", "en": "other"},
    },
    "curation_kind": {
        "government": {
            "id": "pemerintah (dinas provinsi/kabupaten)",
            "en": "government (provincial or regency office)"},
        "organizer": {"id": "penyelenggara (MGPA)", "en": "organizer (MGPA)"},
    },
    "curation_result": {
        "passed": {"id": "lulus", "en": "passed"},
        "failed": {"id": "tidak lulus", "en": "failed"},
        "pending": {"id": "sedang diurus", "en": "in process"},
    },
    "trademark_status": {
        "registered": {"id": "terdaftar", "en": "registered"},
        "filed": {"id": "dalam proses pendaftaran", "en": "filed"},
        "none": {"id": "belum ada", "en": "none"},
    },
    "halal_logo": {
        "national": {"id": "Label Halal Indonesia", "en": "the national Halal Indonesia label"},
        "mui_legacy": {"id": "logo MUI lama", "en": "the old MUI logo"},
        "none": {"id": "belum ada", "en": "none"},
    },
    "halal_scheme": {
        "self_declare": {"id": "self-declare", "en": "self-declare"},
        "regular": {"id": "reguler", "en": "regular"},
    },
    "entry_status": {
        "issued": {"id": "sudah punya", "en": "held"},
        "pending": {"id": "sedang diurus", "en": "in process"},
        "rejected": {"id": "ditolak", "en": "rejected"},
        "none": {"id": "belum ada", "en": "none"},
    },
    "halal_status": {
        "claimed_halal": {"id": "halal", "en": "halal"},
        "non_halal": {"id": "tidak halal", "en": "not halal"},
    },
    # food and item types the shipped standards name (free text in the dossier: only those with
    # a name of their own in messages are here)
    "food_type": {
        "dried_meat": {"id": "olahan daging kering", "en": "dried meat products"},
        "dried_fish": {"id": "olahan ikan kering", "en": "dried fish products"},
        "dried_poultry": {"id": "olahan unggas kering", "en": "dried poultry products"},
        "vegetable_products": {"id": "olahan sayur", "en": "vegetable products"},
        "coconut_products": {"id": "olahan kelapa", "en": "coconut products"},
        "flour_products": {"id": "tepung dan olahannya", "en": "flour and flour products"},
        "oils_fats": {"id": "minyak dan lemak", "en": "oils and fats"},
        "jam_jelly": {"id": "selai, jeli dan sejenisnya", "en": "jams, jellies and the like"},
        "sugar_confectionery_honey": {"id": "gula, kembang gula, dodol dan madu",
                                      "en": "sugar, confectionery and honey"},
        "coffee_tea": {"id": "kopi dan teh kering", "en": "dried coffee and tea"},
        "seasonings": {"id": "bumbu", "en": "seasonings"},
        "spices": {"id": "rempah-rempah", "en": "spices"},
        "powdered_drinks": {"id": "minuman serbuk", "en": "powdered drinks"},
        "fruit_products": {"id": "olahan buah", "en": "fruit products"},
        "grain_nut_tuber_products": {"id": "olahan biji-bijian, kacang dan umbi",
                                     "en": "grain, nut and tuber products"},
        "dairy": {"id": "susu dan olahannya", "en": "milk and dairy products"},
        "frozen_food": {"id": "pangan beku", "en": "frozen food"},
        "baby_food": {"id": "makanan bayi", "en": "baby food"},
        "canned": {"id": "pangan kaleng", "en": "canned food"},
        "alcoholic": {"id": "minuman beralkohol", "en": "alcoholic drinks"},
        "chilled_animal_products": {"id": "pangan hewani dingin (daging, ikan, susu segar)",
                                    "en": "chilled animal products (meat, fish, fresh milk)"},
        "bakery": {"id": "roti dan kue", "en": "bread and pastries"},
        "iodised_salt": {"id": "garam konsumsi beriodium", "en": "iodised salt"},
        "bottled_water": {"id": "air minum dalam kemasan", "en": "bottled drinking water"},
        "wheat_flour": {"id": "tepung terigu", "en": "wheat flour"},
        "refined_sugar": {"id": "gula kristal putih", "en": "refined white sugar"},
        "instant_coffee": {"id": "kopi instan murni", "en": "pure instant coffee"},
        "cocoa_powder": {"id": "kakao bubuk", "en": "cocoa powder"},
    },
    "item_type": {
        "jug": {"id": "kendi", "en": "jug"},
        "vase": {"id": "vas bunga", "en": "vase"},
        "plate": {"id": "piring", "en": "plate"},
        "bowl": {"id": "mangkuk", "en": "bowl"},
        "bracelet": {"id": "gelang", "en": "bracelet"},
        "necklace": {"id": "kalung", "en": "necklace"},
        "bag": {"id": "tas", "en": "bag"},
        "basket": {"id": "keranjang", "en": "basket"},
        "carving": {"id": "ukiran", "en": "carving"},
        "miniature": {"id": "miniatur", "en": "miniature"},
        "keris": {"id": "keris", "en": "keris (dagger)"},
        "knife": {"id": "pisau", "en": "knife"},
        "toy": {"id": "mainan anak", "en": "children's toy"},
        "belt": {"id": "ikat pinggang", "en": "belt"},
        "ring": {"id": "cincin", "en": "ring"},
        "lamp": {"id": "lampu hias", "en": "decorative lamp"},
    },
    # who issued a permit, where a name means more than itself
    "issuer": {
        "MUI": {"id": "MUI (sebelum BPJPH)", "en": "MUI (before BPJPH)"},
    },
    "storage": {
        "ambient": {"id": "suhu ruang", "en": "room temperature"},
        "chilled": {"id": "dingin", "en": "chilled"},
        "frozen": {"id": "beku", "en": "frozen"},
    },
    "jamu_kind": {
        "gendong": {"id": "jamu gendong", "en": "jamu gendong (sold by the maker, door to door)"},
        "racikan": {"id": "jamu racikan", "en": "jamu racikan (mixed to order)"},
    },
    "technique": {
        "handwoven": {"id": "tenun tangan", "en": "handwoven"},
        "machine_woven": {"id": "tenun mesin", "en": "machine-woven"},
        "handmade": {"id": "buatan tangan", "en": "handmade"},
        "machine_made": {"id": "buatan mesin", "en": "machine-made"},
        "batik_tulis": {"id": "batik tulis", "en": "hand-drawn batik (tulis)"},
        "batik_cap": {"id": "batik cap", "en": "stamped batik (cap)"},
        "batik_kombinasi": {"id": "batik kombinasi tulis dan cap", "en": "batik, hand-drawn and stamped"},
        "printing": {"id": "cetak (tekstil motif batik)", "en": "printed (batik-motif textile)"},
    },
    "officer_verdict": {
        "pass": {"id": "lulus", "en": "pass"},
        "fail": {"id": "tidak lulus", "en": "fail"},
    },
    "value": {
        "true": {"id": "ya", "en": "yes"},
        "false": {"id": "tidak", "en": "no"},
        "any": {"id": "siapa pun", "en": "anyone"},
    },
    "field": {
        "business.nib": {"id": "NIB", "en": "NIB"},
        "business.nib_risk_based": {"id": "NIB berbasis risiko", "en": "risk-based NIB"},
        "business.npwp": {"id": "NPWP", "en": "tax ID (NPWP)"},
        "business.scale": {"id": "skala usaha", "en": "business scale"},
        "business.kbli": {"id": "KBLI usaha", "en": "business KBLI codes"},
        "business.address.province": {"id": "provinsi", "en": "province"},
        "business.address.regency": {"id": "kabupaten/kota", "en": "regency/city"},
        "business.address": {"id": "alamat usaha", "en": "business address"},
        "business.contact.phone": {"id": "nomor telepon", "en": "phone number"},
        "business.trademark.status": {"id": "status merek", "en": "trademark status"},
        "business.payments.qris_nmid": {"id": "NMID QRIS", "en": "QRIS NMID"},
        "business.curation": {"id": "hasil kurasi", "en": "curation results"},
        "business.documents": {"id": "dokumen usaha", "en": "business documents"},
        "business.declarations.no_hazardous_additives": {
            "id": "pernyataan bebas bahan berbahaya",
            "en": "no-hazardous-additives declaration"},
        "business.declarations.no_subsidised_lpg": {
            "id": "pernyataan tidak memakai LPG bersubsidi",
            "en": "no-subsidised-LPG declaration"},
        "business.declarations.non_halal_signage": {"id": "pemberitahuan \"tidak halal\" di stan dan menu",
                                                    "en": "\"not halal\" notice at the booth and on the menu"},
        # the .3 editions' fields (issue 20)
        "business.declarations.separate_pork_facility": {
            "id": "pernyataan lokasi dan alat produksi terpisah dari produk babi",
            "en": "declaration of a site and tools kept apart from pork products"},
        "product.ingredients": {"id": "komposisi/bahan", "en": "ingredients"},
        "product.pork_derived": {"id": "dibuat dari bahan babi", "en": "made from pork-derived material"},
        "product.cooked_at_booth": {"id": "dimasak di stan", "en": "cooked at the stand"},
        "product.sold_by_weight": {"id": "dijual dengan ditimbang", "en": "sold by weight"},
        "product.jamu_kind": {"id": "jamu gendong atau racikan", "en": "jamu gendong or racikan"},
        "documents.type": {"id": "jenis dokumen", "en": "document type"},
        "permits.holder": {"id": "nama pemegang izin", "en": "permit holder's name"},
        "permits.nib": {"id": "NIB pemegang izin", "en": "permit holder's NIB"},
        "permits": {"id": "izin produk", "en": "product permits"},
        "permits.expires": {"id": "tanggal berlaku s/d", "en": "expiry date"},
        "permits.by": {"id": "penerbit", "en": "issuer"},
        "permits.number": {"id": "nomor izin", "en": "permit number"},
        "permits.recipe_unchanged": {
            "id": "pernyataan resep tidak berubah",
            "en": "recipe-unchanged statement"},
        "documents": {"id": "dokumen produk", "en": "product documents"},
        "label": {"id": "label", "en": "label"},
        "label.elements": {"id": "unsur label", "en": "label elements"},
        "label.language": {"id": "bahasa label", "en": "label language"},
        "label.halal_logo": {"id": "logo halal pada label", "en": "halal logo on the label"},
        "label.best_before_text": {"id": "tulisan kedaluwarsa", "en": "best-before wording"},
        "label.smallest_text_mm": {
            "id": "tinggi huruf terkecil (mm)",
            "en": "smallest text height (mm)"},
        "label.permanent": {"id": "label permanen", "en": "permanent label"},
        "food_type": {"id": "jenis pangan", "en": "food type"},
        "storage": {"id": "cara penyimpanan", "en": "storage"},
        "shelf_life_days": {"id": "masa simpan (hari)", "en": "shelf life (days)"},
        "packed_in_front_of_buyer": {"id": "dikemas di depan pembeli", "en": "packed in front of the buyer"},
        "minimal_processing": {"id": "hanya penanganan pascapanen sederhana", "en": "minimal post-harvest processing only"},
        "halal_status": {"id": "status halal", "en": "halal status"},
        "net_content": {"id": "isi bersih", "en": "net content"},
        "net_content.unit": {"id": "satuan isi bersih", "en": "net content unit"},
        "price_idr": {"id": "harga (Rp)", "en": "price (IDR)"},
        "capacity_per_month": {"id": "kapasitas per bulan", "en": "capacity per month"},
        "packaging.sealed": {"id": "kemasan tersegel", "en": "sealed packaging"},
        "packaging.single_use_plastic": {"id": "plastik sekali pakai", "en": "single-use plastic"},
        "technique": {"id": "teknik pembuatan", "en": "technique"},
        "origin.village": {"id": "desa asal", "en": "village of origin"},
        "fibres.percent": {"id": "persentase serat", "en": "fibre percentages"},
        "fibres": {"id": "komposisi serat", "en": "fibre composition"},
        "item_type": {"id": "jenis barang", "en": "item type"},
        "materials": {"id": "bahan", "en": "materials"},
        "marks": {"id": "merek event", "en": "event marks"},
        "gi_member": {"id": "keanggotaan MPIG", "en": "MPIG membership"},
        "kbli": {"id": "KBLI produk", "en": "product KBLI"},
        "channels": {"id": "saluran penjualan", "en": "sales channels"},
        "category": {"id": "kategori", "en": "category"},
        "number": {"id": "nomor", "en": "number"},
    },
    "field_hint": {
        "business.name": {
            "id": "Nama usaha persis seperti pada NIB.",
            "en": "Business name exactly as on the NIB."},
        "business.owner.name": {
            "id": "Nama pemilik/penanggung jawab seperti pada KTP.",
            "en": "Owner's name as on the ID card (KTP)."},
        "business.nib": {
            "id": "Nomor Induk Berusaha, 13 digit: ada di dokumen NIB dari OSS (oss.go.id). Tulis di antara tanda petik, mis. \"9120301234567\".",
            "en": "Business ID number (NIB), 13 digits: on the NIB document from OSS (oss.go.id). Write it in quotes."},
        "business.nib_risk_based": {
            "id": "true bila NIB terbit lewat OSS berbasis risiko (sejak 2021; tertulis \"Berbasis Risiko\" di dokumen NIB), selain itu false.",
            "en": "true when the NIB was issued by risk-based OSS (since 2021; says \"Berbasis Risiko\"), else false."},
        "business.npwp": {
            "id": "NPWP usaha atau pemilik (16 digit, sama dengan NIK untuk orang pribadi): ada di kartu NPWP atau akun DJP Online. Tulis di antara tanda petik.",
            "en": "Tax ID (NPWP, 16 digits; the NIK for individuals): on the NPWP card or DJP Online. In quotes."},
        "business.scale": {
            "id": "Skala usaha seperti tertulis di NIB: micro (mikro), small (kecil), medium (menengah) atau large (besar).",
            "en": "Business scale as on the NIB: micro, small, medium or large."},
        "business.kbli": {
            "id": "Kode KBLI (5 digit) yang terdaftar di NIB, mis. [\"10761\"]: lihat lampiran NIB di OSS.",
            "en": "KBLI codes (5 digits) registered on the NIB, e.g. [\"10761\"]: see the NIB annex in OSS."},
        "business.address.street": {
            "id": "Alamat usaha: jalan dan nomor, seperti pada NIB.",
            "en": "Business address: street and number, as on the NIB."},
        "business.address.village": {
            "id": "Desa/kelurahan.",
            "en": "Village."},
        "business.address.district": {
            "id": "Kecamatan.",
            "en": "District (kecamatan)."},
        "business.address.regency": {
            "id": "Kabupaten/kota, mis. Lombok Timur (tanpa kata \"Kabupaten\").",
            "en": "Regency/city, e.g. Lombok Timur."},
        "business.address.province": {
            "id": "Provinsi, mis. Nusa Tenggara Barat.",
            "en": "Province, e.g. Nusa Tenggara Barat."},
        "business.contact.phone": {
            "id": "Nomor telepon/WhatsApp usaha, mis. \"081234567890\" (di antara tanda petik).",
            "en": "Business phone/WhatsApp number, e.g. \"081234567890\" (in quotes)."},
        "business.trademark.name": {
            "id": "Merek dagang usaha (bila ada).",
            "en": "The business's brand name (if any)."},
        "business.trademark.status": {
            "id": "Status merek di DJKI: registered (terdaftar), filed (sudah diajukan) atau none (belum). Cek di pdki-indonesia.dgip.go.id.",
            "en": "Trademark status at DJKI: registered, filed or none. Check pdki-indonesia.dgip.go.id."},
        "business.payments.qris_nmid": {
            "id": "NMID QRIS: kode \"ID\" + 13 digit yang tercetak di stiker QRIS dari bank Anda.",
            "en": "QRIS NMID: \"ID\" + 13 digits printed on your bank's QRIS sticker."},
        "business.curation": {
            "id": "Hasil kurasi (surat hasil kurasi dari dinas dan dari MGPA). Contoh, hapus tanda # lalu isi:",
            "en": "Curation results (letters from the government office and from MGPA). Example, remove the # and fill in:"},
        "business.documents": {
            "id": "Dokumen usaha (sertifikat PKP, SLHS, pelatihan penjamah pangan, ...): jenis, nomor, tanggal terbit dan berlaku s/d seperti tertulis di dokumen. Contoh, hapus tanda # lalu isi:",
            "en": "Business documents (PKP, SLHS, food-handler training, ...): type, number, issue and expiry dates as on the document. Example, remove the # and fill in:"},
        "business.declarations.no_hazardous_additives": {
            "id": "true bila Anda menyatakan tidak memakai bahan berbahaya (boraks, formalin, pewarna tekstil).",
            "en": "true when you declare no hazardous additives (borax, formalin, textile dyes)."},
        "business.declarations.no_subsidised_lpg": {
            "id": "true bila Anda menyatakan tidak memakai LPG 3 kg bersubsidi di stan.",
            "en": "true when you declare no subsidised 3 kg LPG at the stand."},
        "business.declarations.non_halal_signage": {
            "id": "Untuk makanan siap saji yang tidak halal: true bila ada pemberitahuan \"tidak halal\" di stan dan di menu.",
            "en": "For ready-to-eat food that is not halal: true when a \"not halal\" notice is shown at the booth and on the menu."},
        "business.declarations.separate_pork_facility": {
            "id": "Bila usaha juga membuat produk dari babi: true bila lokasi dan alat produksi produk lain terpisah dari produk babi.",
            "en": "When the business also makes pork products: true when the other products' site and tools are kept apart from them."},
        "product.pork_derived": {
            "id": "true bila produk dibuat dari bahan babi (babi, lemak babi, bacon, ham); juga terbaca dari komposisi.",
            "en": "true when the product is made from pork-derived material (pork, lard, bacon, ham); also read from the ingredients."},
        "product.cooked_at_booth": {
            "id": "true bila produk dimasak di stan (kompor, panggangan); false bila dimasak di rumah lalu dijual di stan.",
            "en": "true when the product is cooked at the stand (stove, grill); false when it is cooked at home and sold at the stand."},
        "product.sold_by_weight": {
            "id": "true bila produk ditimbang saat dijual (per gram, ons atau kg).",
            "en": "true when the product is weighed when sold (per gram, 100 g or kg)."},
        "product.jamu_kind": {
            "id": "Hanya untuk jamu yang dibuat dan dijual sendiri tanpa label dan merek: gendong atau racikan; kosongkan bila jamu punya izin edar (POM TR).",
            "en": "Only for jamu made and sold by the maker without label or brand: gendong or racikan; leave empty when it has a POM TR registration."},
        "product.name": {
            "id": "Nama produk seperti pada label.",
            "en": "Product name as on the label."},
        "product.category": {
            "id": "Kategori: packaged_food, ready_to_eat, textile, craft, cosmetic atau traditional_medicine (jamu, param, parem, boreh, pilis).",
            "en": "Category: packaged_food, ready_to_eat, textile, craft, cosmetic or traditional_medicine."},
        "product.channels": {
            "id": "Saluran penjualan: event (area acara), hotel, souvenir (oleh-oleh), online (penjualan daring).",
            "en": "Sales channels: event, hotel, souvenir, online."},
        "product.kbli": {
            "id": "Kode KBLI produk ini (5 digit, di antara tanda petik); harus ada di KBLI usaha.",
            "en": "This product's KBLI code (5 digits, in quotes); must be among the business's KBLI."},
        "product.food_type": {
            "id": "Jenis pangan, mis. coffee_tea, sugar_confectionery_honey, spices (lihat daftar jenis pangan P-IRT di standar: readiness explain FOOD-02). Pangan wajib SNI: iodised_salt (garam beriodium), bottled_water (air minum dalam kemasan), wheat_flour (tepung terigu), refined_sugar (gula kristal putih).",
            "en": "Food type, e.g. coffee_tea, sugar_confectionery_honey, spices (see readiness explain FOOD-02). Under a mandatory SNI: iodised_salt, bottled_water, wheat_flour, refined_sugar."},
        "product.item_type": {
            "id": "Jenis barang, mis. kendi, vas, gelang; toy untuk mainan anak (wajib SNI). Benda tajam seperti keris atau pisau dilarang di area acara.",
            "en": "Item type, e.g. jug, vase, bracelet; toy for a children's toy (mandatory SNI). Bladed items are banned at the venue."},
        "product.net_content": {
            "id": "Isi bersih per kemasan: angka dan satuan metrik (g, kg, ml, l), tulis mis. net_content: {amount: 250, unit: g}",
            "en": "Net content per pack: number and metric unit (g, kg, ml, l), e.g. net_content: {amount: 250, unit: g}"},
        "product.shelf_life_days": {
            "id": "Masa simpan dalam hari (dari tanggal produksi sampai kedaluwarsa); kurang dari 7 hari tidak memerlukan izin edar.",
            "en": "Shelf life in days; under 7 days needs no distribution permit."},
        "product.packed_in_front_of_buyer": {
            "id": "true bila produk dikemas di depan pembeli, sedikit-sedikit sesuai pesanan (mis. kopi atau jus yang dituang di stan): tidak memerlukan izin edar.",
            "en": "true when the product is packed in front of the buyer, in small amounts on request (e.g. coffee or juice poured at the booth): needs no distribution permit."},
        "product.minimal_processing": {
            "id": "true bila produk hanya dicuci, dikeringkan, digiling, dipotong, digarami, dibekukan, dicampur atau diblansir, tanpa bahan tambahan pangan: tidak memerlukan izin edar.",
            "en": "true when the product is only washed, dried, milled, cut, salted, frozen, mixed or blanched, with no food additives: needs no distribution permit."},
        "product.halal_status": {
            "id": "Status halal: claimed_halal (halal, bawaan bila kosong) atau non_halal (mengandung babi, alkohol atau bahan tidak halal lain: tidak perlu sertifikat halal, tetapi wajib keterangan \"tidak halal\").",
            "en": "Halal status: claimed_halal (the default when empty) or non_halal (contains pork, alcohol or other non-halal material: no halal certificate, but a \"not halal\" statement is required)."},
        "product.storage": {
            "id": "Cara penyimpanan: ambient (suhu ruang), chilled (dingin) atau frozen (beku).",
            "en": "Storage: ambient, chilled or frozen."},
        "product.ingredients": {
            "id": "Komposisi/bahan, mis. [biji kopi arabika sangrai].",
            "en": "Ingredients, e.g. [roasted arabica beans]."},
        "product.allergens": {
            "id": "Bahan alergen (susu, telur, kacang, gandum, ...); [] bila tidak ada.",
            "en": "Allergens (milk, egg, nuts, wheat, ...); [] if none."},
        "product.price_idr": {
            "id": "Harga jual dalam rupiah, tanpa titik, mis. 85000.",
            "en": "Selling price in rupiah, no separators, e.g. 85000."},
        "product.capacity_per_month": {
            "id": "Berapa unit yang sanggup Anda produksi per bulan.",
            "en": "How many units you can produce per month."},
        "product.packaging.materials": {
            "id": "Bahan kemasan, mis. [kraft paper, aluminium foil].",
            "en": "Packaging materials."},
        "product.packaging.sealed": {
            "id": "true bila kemasan tersegel (seal panas, segel tutup).",
            "en": "true when the pack is sealed."},
        "product.packaging.single_use_plastic": {
            "id": "true bila memakai plastik sekali pakai (kantong, sedotan, wadah), false bila tidak.",
            "en": "true when single-use plastic is used, else false."},
        "product.label.language": {
            "id": "Bahasa label: id bila berbahasa Indonesia.",
            "en": "Label language: id for Indonesian."},
        "product.label.elements": {
            "id": "Apa saja yang tercetak di label: product_name, ingredients, net_content, producer_address, production_code, production_date, best_before, permit_number, halal_logo, allergens, storage, non_halal_statement (keterangan \"tidak halal\").",
            "en": "What the label shows: product_name, ingredients, net_content, producer_address, production_code, production_date, best_before, permit_number, halal_logo, allergens, storage, non_halal_statement."},
        "product.label.halal_logo": {
            "id": "Logo halal di label: national (logo BPJPH ungu), mui_legacy (logo MUI lama) atau none.",
            "en": "Halal logo on the label: national, mui_legacy or none."},
        "product.label.best_before_text": {
            "id": "Tulisan kedaluwarsa di label, mis. \"Baik digunakan sebelum 12 2027\".",
            "en": "Best-before wording on the label."},
        "product.label.smallest_text_mm": {
            "id": "Tinggi huruf terkecil di label, dalam mm (ukur dengan penggaris).",
            "en": "Smallest text height on the label, in mm."},
        "product.label.area_cm2": {
            "id": "Luas label dalam cm2 (panjang x lebar).",
            "en": "Label area in cm2."},
        "product.label.permanent": {
            "id": "true bila label dijahit/permanen pada kain.",
            "en": "true when the label is sewn in/permanent."},
        "product.permits": {
            "id": "Izin produk (P-IRT, BPOM, sertifikat halal, notifikasi kosmetik, SPPT-SNI): jenis, nomor, tanggal terbit/berlaku seperti pada sertifikat. Contoh, hapus tanda # lalu isi:",
            "en": "Product permits (P-IRT, BPOM, halal, cosmetic notification, SPPT-SNI): type, number, dates as on the certificate. Example, remove the # and fill in:"},
        "product.documents": {
            "id": "Dokumen produk (hasil uji laboratorium, pernyataan bebas timbal, dokumen asal-usul kayu SVLK/V-Legal atau nota asal-usul). Contoh, hapus tanda # lalu isi:",
            "en": "Product documents (lab test report, lead-free declaration, legal-origin document for timber: SVLK/V-Legal or a dealer's note). Example, remove the # and fill in:"},
        "product.materials": {
            "id": "Bahan baku, mis. [tanah liat, bambu].",
            "en": "Materials, e.g. [clay, bamboo]."},
        "product.food_contact": {
            "id": "true bila barang dipakai untuk makanan/minuman (piring, kendi, gelas).",
            "en": "true when the item touches food or drink."},
        "product.animal_derived": {
            "id": "true bila memakai bahan hewani (kulit, tulang, sutra).",
            "en": "true when animal-derived materials are used."},
        "product.marks": {
            "id": "Logo/nama acara yang tercetak di produk (mis. MotoGP); kosongkan bila tidak ada.",
            "en": "Event logos/names on the product (e.g. MotoGP); leave empty if none."},
        "product.licences": {
            "id": "Lisensi untuk setiap merek acara di atas. Contoh, hapus tanda # lalu isi:",
            "en": "A licence for each event mark above. Example, remove the # and fill in:"},
        "product.gi_claim": {
            "id": "Indikasi geografis yang diklaim (mis. Tenun Ikat Sumba); kosongkan bila tidak ada.",
            "en": "Geographical indication claimed; leave empty if none."},
        "product.gi_member": {
            "id": "true bila Anda anggota MPIG (Masyarakat Perlindungan Indikasi Geografis) tersebut.",
            "en": "true when you are a member of the GI association (MPIG)."},
        "product.technique": {
            "id": "Teknik: handwoven (tenun tangan), machine_woven (tenun mesin), handmade (buatan tangan) atau machine_made.",
            "en": "Technique: handwoven, machine_woven, handmade or machine_made."},
        "product.origin.village": {
            "id": "Desa asal pembuatan, mis. Sukarara.",
            "en": "Village of origin."},
        "product.fibres": {
            "id": "Komposisi serat dalam persen (jumlah 100). Contoh, hapus tanda # lalu isi:",
            "en": "Fibre composition in percent (adding up to 100). Example, remove the # and fill in:"},
    },
}
