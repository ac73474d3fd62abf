from adapters.base import Adapter
from adapters.dnevnik_ru.settings import SETTINGS
from adapters.dnevnik_ru.translate import RECORD_MODELS, translate

ADAPTER = Adapter(SETTINGS, translate, RECORD_MODELS)
