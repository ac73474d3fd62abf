from adapters.base import Adapter
from adapters.dnevnik_ru.models import RECORD_MODELS
from adapters.dnevnik_ru.settings import SETTINGS
from adapters.dnevnik_ru.translate import translate

ADAPTER = Adapter(SETTINGS, translate, RECORD_MODELS)
