"""An owner on /periksa, step by step, as a browser posts the form."""

import re


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html)[1]


def post(c, step, page, data, **kw):
    form = {"csrf": hidden(page, "csrf"), "draft": hidden(page, "draft"), "go": "next", **data}
    return c.post(f"/periksa/{step}", data=form, **kw)


def fill(c):
    """A packaged-food owner's answers, step by step; returns the last page (the answer)."""
    r = c.get("/periksa")
    r = post(c, "usaha", r.text, {"business.name": "UD <b>Sari</b>", "business.nib": "9120301234567",
                                  "business.address.regency": "Lombok Tengah",
                                  "business.owner.name": "Sari"})
    r = post(c, "produk", r.text, {"n": "1", "p0.product.name": "Keripik", "p0.product.category":
                                   "packaged_food", "p0.product.channels": ["event", "hotel"]})
    r = post(c, "rincian", r.text, {"business.scale": "micro"})
    return post(c, "p0", r.text, {"product.price_idr": "Rp 15.000"})
