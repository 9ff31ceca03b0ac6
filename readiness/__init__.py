"""readiness: are an IKM's products ready for MotoGP Mandalika and its hotels?"""

__version__ = "0.1.0"
